package org.rebook.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.model.FieldSource;
import org.rebook.model.Reservation;
import org.rebook.model.Source;

/** Workspaces written by an earlier version open with their records and results intact. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void fieldSourcesStoredOneRowPerFieldAreCarriedIntoTheirReservation() throws SQLException {
        Path ws = dir.resolve("w");
        String url = "jdbc:h2:file:" + ws.resolve("rebook") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "rebook", "").locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "rebook", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO source_record (id, source, native_id, synthetic_id, file_name, file_sha256, position,"
                    + " raw, raw_sha256, parsed, imported_at) VALUES (7, 'stripe', 'ch_1', FALSE, 'a.csv', 'sha', 'line 2',"
                    + " 'raw', 'sha', '{}', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO reservation (id, status, amount_paid, amount_refunded, confidence, review_state, reasons,"
                    + " customer_name, vehicle) VALUES ('R-1', 'confirmed', 0, 0, 0.9, 'auto_accepted', 'same reference',"
                    + " 'Maria Silva', 'Fiat 500')");
            st.execute("INSERT INTO evidence (reservation_id, record_id, role, link_reason) VALUES ('R-1', 7, 'payment', 'r')");
            st.execute("INSERT INTO reservation_field (reservation_id, field, field_value, record_id, staff_edit) VALUES"
                    + " ('R-1', 'vehicle', 'Fiat 500', 7, 'decision #4; the sources said “Fiat Panda”'),"
                    + " ('R-1', 'customer_name', 'Maria Silva', 7, NULL)");
        }

        try (Workspace w = Workspace.open(ws)) {
            Reservation r = w.results().reservations().get(0);
            assertThat(r.fieldSources()).containsExactly(
                    new FieldSource("customer_name", "Maria Silva", 7, Source.STRIPE, "ch_1", null),
                    new FieldSource("vehicle", "Fiat 500", 7, Source.STRIPE, "ch_1", "decision #4; the sources said “Fiat Panda”"));
            assertThat(w.results().reservations(java.util.List.of("R-1")).get(0).fieldSources()).isEqualTo(r.fieldSources());
        }
    }
}
