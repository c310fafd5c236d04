package org.rebook.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedScanTest {
    @Test
    void aScanOverManyPagesReadsEveryRowOnceInKeyOrder() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:paged1")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, v VARCHAR(20))");
            }
            int rows = 2 * PagedScan.PAGE + 17;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = rows; i >= 1; i--) { // inserted backwards: order must come from the key
                    st.setLong(1, i * 3L);
                    st.setString(2, "v" + i);
                    st.addBatch();
                }
                st.executeBatch();
            }
            List<Long> ids = new ArrayList<>();
            PagedScan.scan(c, "SELECT id, v FROM t", "id", rs -> ids.add(rs.getLong(1)));
            assertThat(ids).hasSize(rows).isSorted().doesNotHaveDuplicates();
            assertThat(ids.get(rows - 1)).isEqualTo(rows * 3L);
        }
    }
}
