package org.rebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.model.Source;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

class ImporterTest {
    @TempDir
    Path dir;

    static final String CSV = "id,Created date (UTC),Amount,Currency,Status\nch_a,2026-11-20 09:00:00,10.00,eur,Paid\n"
            + "ch_b,2026-11-20 09:01:00,oops,eur,Paid\n";
    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:e1\r\n"
            + "DTSTART:20261121T100000Z\r\nSUMMARY:Pickup Maria Silva\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void detectsFormatFromContentNotFileName() throws IOException {
        assertThat(FormatDetector.detect(write("payments.txt", CSV))).isEqualTo(SourceFormat.STRIPE_PAYMENTS_CSV);
        assertThat(FormatDetector.detect(write("calendar.csv", ICS))).isEqualTo(SourceFormat.ICALENDAR);
        assertThat(FormatDetector.detect(write("mail.dat", MailReadersTest.ENCODED))).isEqualTo(SourceFormat.EML);
        assertThat(FormatDetector.detect(write("box", "From a Fri Nov 20 09:15:00 2026\n" + MailReadersTest.ENCODED)))
                .isEqualTo(SourceFormat.MBOX);
        assertThat(FormatDetector.detect(write("notes.csv", "name,phone\nMaria,123\n"))).isEqualTo(SourceFormat.UNKNOWN);
    }

    @Test
    void importsAFolderReportsCountsAndIsIdempotent() throws IOException {
        write("stripe.csv", CSV);
        write("bookings.ics", ICS);
        write("mail/one.eml", MailReadersTest.ENCODED);
        write(".DS_Store", "junk");
        write("readme.txt", "hello");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Importer importer = new Importer(ws, ZoneId.of("UTC"));
            ImportReport first = importer.importPaths(List.of(dir.resolve("in")), Progress.NONE);
            assertThat(first.imported()).isEqualTo(3);
            assertThat(first.quarantined()).isEqualTo(1);
            assertThat(first.files()).extracting(FileReport::format).contains(SourceFormat.UNKNOWN);
            assertThat(first.files()).noneMatch(f -> f.fileName().endsWith(".DS_Store"));

            ImportReport again = importer.importPaths(List.of(dir.resolve("in")), Progress.NONE);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicate()).isEqualTo(3);
            assertThat(ws.records().count()).isEqualTo(3);
            assertThat(ws.quarantine().count()).isEqualTo(1);
            assertThat(ws.records().files()).hasSize(3);
        }
    }

    @Test
    void readsAGoogleCalendarZipExportMemberByMember() throws IOException {
        Path zip = dir.resolve("calendar-export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "bookings@group.calendar.google.com.ics", ICS);
            put(out, "airport.ics", ICS.replace("UID:e1", "UID:e2"));
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ImportReport report = new Importer(ws, ZoneId.of("UTC")).importPaths(List.of(zip), Progress.NONE);
            assertThat(report.imported()).isEqualTo(2);
            assertThat(ws.records().all()).allSatisfy(r -> {
                assertThat(r.source()).isEqualTo(Source.CALENDAR);
                assertThat(r.raw().provenance().fileName()).contains("calendar-export.zip!/");
            });
        }
    }

    @Test
    void quarantinesARecordWhoseIdReturnsWithOtherContent() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Importer importer = new Importer(ws, ZoneId.of("UTC"));
            importer.importPaths(List.of(write("a.csv", CSV)), Progress.NONE);
            ImportReport changed = importer.importPaths(List.of(write("b.csv", CSV.replace("10.00", "99.00"))), Progress.NONE);
            assertThat(changed.imported()).isZero();
            assertThat(ws.quarantine().all()).anySatisfy(q -> assertThat(q.reason())
                    .contains("same stripe id ch_a as an already imported record but it says something else"));
            assertThat(ws.records().all().get(0).raw().raw()).contains("10.00");
        }
    }

    @Test
    void stopsWithAClearMessageForAMissingPath() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThatThrownBy(() -> new Importer(ws, ZoneId.of("UTC")).importPaths(List.of(dir.resolve("nope.csv")), Progress.NONE))
                    .isInstanceOf(Importer.InputException.class).hasMessageContaining("No such file or folder").hasMessageContaining("nope.csv");
        }
    }

    @Test
    void cancellingKeepsCommittedBatchesAndReportsCancelled() throws IOException {
        StringBuilder csv = new StringBuilder("id,Created date (UTC),Amount,Currency,Status\n");
        for (int i = 0; i < 1200; i++) csv.append("ch_").append(i).append(",2026-11-20 09:00:00,10.00,eur,Paid\n");
        Path file = write("big.csv", csv.toString());
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Progress cancelAfterFirstBatch = cancelAfterFirstBatch(ws);
            ImportReport report = new Importer(ws, ZoneId.of("UTC")).importPaths(List.of(file), cancelAfterFirstBatch);
            assertThat(report.cancelled()).isTrue();
            assertThat(ws.records().count()).isEqualTo(BatchingSink.BATCH_SIZE);
        }
    }

    @Test
    void cancellingAMailboxImportStopsItWithoutQuarantiningAnything() throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            mbox.append("From a@example.com Fri Nov 20 09:15:00 2026\nMessage-ID: <m").append(i)
                    .append("@example.com>\nFrom: a@example.com\nSubject: Booking ").append(i)
                    .append("\nDate: Fri, 20 Nov 2026 09:15:00 +0000\n\nSee you soon.\n\n");
        }
        Path file = write("box.mbox", mbox.toString());
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Progress cancelAfterFirstBatch = cancelAfterFirstBatch(ws);
            ImportReport report = new Importer(ws, ZoneId.of("UTC")).importPaths(List.of(file), cancelAfterFirstBatch);
            assertThat(report.cancelled()).isTrue();
            assertThat(ws.records().count()).isEqualTo(BatchingSink.BATCH_SIZE);
            assertThat(ws.quarantine().all()).isEmpty();
        }
    }

    /** Asks to cancel once the first batch is stored. */
    private static Progress cancelAfterFirstBatch(Workspace ws) {
        return new Progress() {
            @Override public void update(String m, long d, long t) { }

            @Override public boolean cancelled() {
                try {
                    return ws.records().count() >= BatchingSink.BATCH_SIZE;
                } catch (RuntimeException e) {
                    return false;
                }
            }
        };
    }

    private static void put(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

}
