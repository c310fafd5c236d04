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
import java.math.BigDecimal;
import java.time.Instant;
import org.rebook.model.FieldSource;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Provenance;
import org.rebook.model.RawRecord;
import org.rebook.model.Reservation;
import org.rebook.model.Source;
import org.rebook.model.StoredRecord;

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

    @Test
    void recordsStoredAsTextReadBackUnchangedOnceStoredAsBytes() throws SQLException {
        Path ws = dir.resolve("w");
        String url = "jdbc:h2:file:" + ws.resolve("rebook") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "rebook", "").locations("classpath:db/migration").target("9").load().migrate();
        String raw = "ch_1,149.00,Car rental – deposit,Atlântico “Faro” 😀";
        Payment payment = new Payment("ch_1", Instant.parse("2026-11-05T05:02:00Z"), new BigDecimal("149.00"), BigDecimal.ZERO,
                "EUR", PaymentStatus.SUCCEEDED, "Paid", "Car rental – deposit", null, "zoë@example.pt", "Zoë Ñúñez", null,
                "1370", null, null, java.util.Map.of("note", "über – 😀"));
        try (Connection c = DriverManager.getConnection(url, "rebook", "");
             java.sql.PreparedStatement st = c.prepareStatement("INSERT INTO source_record (id, source, native_id, synthetic_id,"
                     + " file_name, file_sha256, position, raw, raw_sha256, parsed, imported_at) VALUES (7, 'stripe', 'ch_1',"
                     + " FALSE, 'a.csv', 'sha', 'line 2', ?, ?, ?, CURRENT_TIMESTAMP)")) {
            st.setString(1, raw);
            st.setString(2, org.rebook.common.Sha256.of(raw));
            st.setString(3, new String(ParsedRecordCodec.encode(payment), java.nio.charset.StandardCharsets.UTF_8));
            st.execute();
        }

        try (Workspace w = Workspace.open(ws)) {
            StoredRecord stored = w.records().all().get(0);
            assertThat(stored.raw().raw()).isEqualTo(raw);
            assertThat(stored.parsed()).isEqualTo(payment);
            assertThat(w.records().readings().get(0).parsed()).isEqualTo(payment);
            // Importing the same line again is a duplicate: the hash of the bytes is the hash of the old text.
            RawRecord again = new RawRecord(Source.STRIPE, "ch_1", false, new Provenance("b.csv", "sha2", "line 9"), raw);
            assertThat(w.records().insert(again, payment)).isEqualTo(RecordStore.InsertOutcome.DUPLICATE);
        }
    }
}
