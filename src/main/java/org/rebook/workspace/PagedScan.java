package org.rebook.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A whole-table read in pages along the primary key ({@code WHERE key > last ORDER BY key LIMIT n}). Each
 * page is a short query: H2 would otherwise copy a result of over 40 000 rows to a temporary file, and a
 * streamed (lazy) result held open for the whole read can fail with "Chunk … not found" when the store
 * rewrites pages meanwhile (h2database issue #4142, measured here at 100k reservations).
 */
final class PagedScan {
    static final int PAGE = 5_000;

    /** Reads one row; the key column is read by the scan itself. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private PagedScan() { }

    /**
     * Runs {@code select} (columns and table, no WHERE or ORDER BY) page by page over {@code key}, a
     * BIGINT or VARCHAR primary key that must also be the select's first column.
     */
    static void scan(Connection connection, String select, String key, Row row) throws SQLException {
        String first = select + " ORDER BY " + key + " LIMIT " + PAGE;
        String next = select + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT " + PAGE;
        Object last = null;
        while (true) {
            int rows = 0;
            try (PreparedStatement st = connection.prepareStatement(last == null ? first : next)) {
                if (last != null) st.setObject(1, last);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getObject(1);
                        row.read(rs);
                        rows++;
                    }
                }
            }
            if (rows < PAGE) return;
        }
    }
}
