package org.rebook.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Provenance;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;

class WorkspaceTest {
    @TempDir
    Path dir;

    private static Payment payment(String id) {
        return new Payment(id, Instant.parse("2026-11-20T09:00:00Z"), new BigDecimal("10.00"), BigDecimal.ZERO, "EUR",
                PaymentStatus.SUCCEEDED, "Paid", "d", null, "maria@x.pt", "Maria", null, "4242", null, null, Map.of("k", "v"));
    }

    private static RawRecord raw(String id) {
        return new RawRecord(Source.STRIPE, id, false, new Provenance("a.csv", "sha", "line 2"), id + ",raw");
    }

    @Test
    void reopeningKeepsRecordsTheirTypedReadingAndSettings() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ws.inTransaction(() -> ws.records().insert(raw("ch_1"), payment("ch_1")));
            ws.settings().put(SettingStore.TIMEZONE, "Europe/Lisbon");
        }
        assertThat(Workspace.exists(dir.resolve("w"))).isTrue();
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThat(ws.records().all()).singleElement().satisfies(r -> {
                assertThat(r.parsed()).isEqualTo(payment("ch_1"));
                assertThat(r.raw().provenance()).isEqualTo(new Provenance("a.csv", "sha", "line 2"));
            });
            assertThat(ws.settings().get(SettingStore.TIMEZONE)).contains("Europe/Lisbon");
        }
    }

    @Test
    void h2SkipsItsStringValueCacheForWorkspaces() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThat(ws.dir()).exists();
            // H2 reads it once, when it loads; Workspace sets it in its static initialiser, before its first connection.
            // (Not H2's own flag: in a test run another test may have loaded H2 before any workspace.)
            assertThat(System.getProperty("h2.objectCache")).isEqualTo("false");
        }
    }

    @Test
    void aFailedBatchLeavesNothingHalfWritten() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThatThrownBy(() -> ws.inTransaction(() -> {
                ws.records().insert(raw("ch_1"), payment("ch_1"));
                throw new IllegalStateException("crash mid-batch");
            })).hasMessageContaining("crash mid-batch");
            assertThat(ws.records().count()).isZero();
        }
    }

    @Test
    void insertingTheSameRecordTwiceIsADuplicateAndOtherContentIsAConflict() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.IMPORTED);
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.DUPLICATE);
            RawRecord changed = new RawRecord(Source.STRIPE, "ch_1", false, new Provenance("b.csv", "sha2", "line 9"), "other");
            assertThat(ws.records().insert(changed, payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.CONFLICT);
            assertThat(ws.records().count()).isEqualTo(1);
        }
    }

    @Test
    void aReopenedWorkspaceStillKnowsEveryStoredRecord() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ws.inTransaction(() -> ws.records().insert(raw("ch_1"), payment("ch_1")));
        }
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.DUPLICATE);
            assertThat(ws.records().insert(raw("ch_2"), payment("ch_2"))).isEqualTo(RecordStore.InsertOutcome.IMPORTED);
            assertThat(ws.records().count()).isEqualTo(2);
        }
    }

    @Test
    void aRecordWhoseTransactionRolledBackIsImportedByTheNextTryAndOnlyOnce() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertThatThrownBy(() -> ws.inTransaction(() -> {
                ws.records().insert(raw("ch_1"), payment("ch_1"));
                throw new SQLException("disk full");
            })).isInstanceOf(WorkspaceException.class);
            assertThat(ws.records().count()).isZero();
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.IMPORTED);
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.DUPLICATE);
            assertThat(ws.records().count()).isEqualTo(1);
        }
    }

    @Test
    void storedIdsAreLetGoAfterAnImportAndReadAgainForTheNext() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            ws.inTransaction(() -> ws.records().insert(raw("ch_1"), payment("ch_1")));
            assertThat(ws.records().holdsKnownIds()).isTrue();

            ws.records().importDone();

            assertThat(ws.records().holdsKnownIds()).isFalse();
            assertThat(ws.records().insert(raw("ch_1"), payment("ch_1"))).isEqualTo(RecordStore.InsertOutcome.DUPLICATE);
            assertThat(ws.records().insert(raw("ch_2"), payment("ch_2"))).isEqualTo(RecordStore.InsertOutcome.IMPORTED);
            assertThat(ws.records().count()).isEqualTo(2);
        }
    }
}
