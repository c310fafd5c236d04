package org.rebook.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.model.EvidenceLink;
import org.rebook.model.FieldSource;
import org.rebook.model.LinkWeight;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Provenance;
import org.rebook.model.RawRecord;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;
import org.rebook.model.UnmatchedRecord;

/** A full reconcile's result is written aside and made current at once: a run that stops halfway changes nothing. */
class ResultStoreTest {
    @TempDir
    Path dir;
    Workspace ws;
    long first;
    long second;

    @BeforeEach
    void twoRecords() {
        ws = Workspace.open(dir.resolve("w"));
        ws.inTransaction(() -> {
            ws.records().insert(raw("ch_1"), payment("ch_1"));
            ws.records().insert(raw("ch_2"), payment("ch_2"));
            return null;
        });
        first = ws.records().byNativeId(Source.STRIPE, "ch_1").orElseThrow().id();
        second = ws.records().byNativeId(Source.STRIPE, "ch_2").orElseThrow().id();
    }

    @org.junit.jupiter.api.AfterEach
    void close() { ws.close(); }

    @Test
    void aStagedResultIsInvisibleUntilPublishedAndThenReplacesThePreviousOne() throws SQLException {
        publish(result("R-1", first, second));
        assertThat(ids()).containsExactly("R-1");
        assertThat(ws.results().unmatched()).extracting(UnmatchedRecord::recordId).containsExactly(second);

        ws.results().stage(result("R-2", second, first));
        assertThat(ids()).as("staged, not yet current").containsExactly("R-1");
        ws.inTransaction(() -> {
            ws.results().publishStaged();
            return null;
        });
        ws.results().clearSpare();

        Reservation r = ws.results().reservations().get(0);
        assertThat(r.id()).isEqualTo("R-2");
        assertThat(r.evidence()).extracting(EvidenceLink::sourceId, EvidenceLink::weights)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ch_2", List.of(new LinkWeight("same email", 6.0))));
        assertThat(r.fieldSources()).containsExactly(new FieldSource("customer_name", "Maria Silva", second, Source.STRIPE, "ch_2"));
        assertThat(ws.results().unmatched()).extracting(UnmatchedRecord::recordId).containsExactly(first);
        assertThat(ws.results().exists("R-2")).isTrue();
        assertThat(ws.results().exists("R-1")).isFalse();
    }

    @Test
    void aPublishThatRollsBackLeavesThePreviousResultCurrent() throws SQLException {
        publish(result("R-1", first, second));
        ws.results().stage(result("R-2", second, first));
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            ws.results().publishStaged();
            throw new SQLException("disk full");
        })).isInstanceOf(WorkspaceException.class);
        assertThat(ids()).containsExactly("R-1");
    }

    @Test
    void resultsSurviveReopeningWhicheverSetIsCurrent() throws SQLException {
        publish(result("R-1", first, second));
        publish(result("R-2", second, first));
        publish(result("R-3", first, second));
        ws.close();
        ws = Workspace.open(dir.resolve("w"));
        assertThat(ids()).containsExactly("R-3");
        assertThat(ws.results().hasResults()).isTrue();
    }

    @Test
    void stagingInsideATransactionIsRefusedAndPublishingNeedsSomethingStaged() {
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            ws.results().stage(result("R-1", first, second));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ws.inTransaction(() -> {
            ws.results().publishStaged();
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ids()).isEmpty();
    }

    @Test
    void bothResultSetsKeepTheirEvidenceIndexThoughEachSaveBuildsItAnew() throws SQLException {
        publish(result("R-1", first, second));
        publish(result("R-2", second, first));
        publish(result("R-3", first, second));
        String url = "jdbc:h2:file:" + ws.dir().resolve("rebook") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "rebook", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT i.TABLE_NAME, c.COLUMN_NAME"
                     + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                     + " ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                     + " WHERE i.INDEX_NAME LIKE 'IX_EVIDENCE_%_RESERVATION' ORDER BY i.TABLE_NAME")) {
            List<String> indexed = new java.util.ArrayList<>();
            while (rs.next()) indexed.add(rs.getString(1) + "." + rs.getString(2));
            assertThat(indexed).containsExactly("EVIDENCE_A.RESERVATION_ID", "EVIDENCE_B.RESERVATION_ID");
        }
        assertThat(ws.results().recordsOf(List.of("R-3"))).contains(first);
    }

    private void publish(ReconcileResult result) throws SQLException {
        ws.results().stage(result);
        ws.inTransaction(() -> {
            ws.results().publishStaged();
            return null;
        });
        ws.results().clearSpare();
    }

    private List<String> ids() { return ws.results().reservations().stream().map(Reservation::id).toList(); }

    private static ReconcileResult result(String id, long linked, long unmatched) {
        String nativeId = "as stored"; // the store names records from source_record, not from this
        Reservation r = new Reservation(id, null, ReservationStatus.CONFIRMED, "Maria Silva", "maria@x.pt", null, "Fiat 500",
                null, null, null, null, null, new BigDecimal("10.00"), new BigDecimal("10.00"), BigDecimal.ZERO, "EUR", 0.95,
                ReviewState.AUTO_ACCEPTED, List.of("same email"),
                List.of(new EvidenceLink(linked, Source.STRIPE, nativeId, "payment", "same email", List.of(new LinkWeight("same email", 6.0)))),
                List.of(new FieldSource("customer_name", "Maria Silva", linked, Source.STRIPE, nativeId)));
        return new ReconcileResult(List.of(r), List.of(new UnmatchedRecord(unmatched, Source.STRIPE, "x", "no match")), Map.of());
    }

    private static Payment payment(String id) {
        return new Payment(id, Instant.parse("2026-11-20T09:00:00Z"), new BigDecimal("10.00"), BigDecimal.ZERO, "EUR",
                PaymentStatus.SUCCEEDED, "Paid", "d", null, "maria@x.pt", "Maria", null, "4242", null, null, Map.of("k", "v"));
    }

    private static RawRecord raw(String id) {
        return new RawRecord(Source.STRIPE, id, false, new Provenance("a.csv", "sha", "line 2"), id + ",raw");
    }
}
