package org.rebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.cli.Main;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoEvaluation;
import org.rebook.demo.DemoGenerator;
import org.rebook.model.StoredRecord;
import org.rebook.workspace.Workspace;
import picocli.CommandLine;

/** demo → recover (through the CLI) → bundle: the whole path a user takes on outage morning. */
class DemoRecoveryEndToEndTest {
    @TempDir
    static Path dir;
    static DemoGenerator.Result demo;
    static String output;
    static int exitCode;

    @BeforeAll
    static void recoverADemoIncident() throws IOException {
        demo = new DemoGenerator().generate(new DemoConfig(400, 11, DemoConfig.defaultIncident()), dir.resolve("incident"));
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        exitCode = cli.execute("recover", demo.sources().toString(), "--out", dir.resolve("bundle").toString(),
                "--workspace", dir.resolve("ws").toString(), "--timezone", "Europe/Lisbon", "--as-of", "2026-11-21T08:00");
        output = out.toString();
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve("bundle").resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void recoverSucceedsAndSaysWhatItDid() {
        assertThat(exitCode).isZero();
        assertThat(output).contains("Import:").contains("Reconcile:").contains("Export:").contains("Bundle:");
    }

    @Test
    void everyImportedRecordAppearsExactlyOnceInEvidenceOrUnmatched() throws IOException {
        List<String> placed = new ArrayList<>();
        for (CSVRecord r : csv("evidence.csv")) placed.add(r.get("source") + ":" + r.get("source_id"));
        for (CSVRecord r : csv("unmatched.csv")) placed.add(r.get("source") + ":" + r.get("source_id"));
        Set<String> imported = new HashSet<>();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            for (StoredRecord r : ws.records().all()) imported.add(r.source().code() + ":" + r.nativeId());
        }
        assertThat(placed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(placed)).isEqualTo(imported);
        assertThat(imported).hasSize(demo.records());
    }

    @Test
    void meetsTheQualityFloorAgainstTheDemoTruth() throws IOException {
        DemoEvaluation.Scores s = DemoEvaluation.evaluate(demo.truth(), dir.resolve("bundle"),
                DemoConfig.defaultIncident().toOffsetDateTime());
        assertThat(s.lostRecords()).isZero();
        assertThat(s.precision()).as("pairwise precision").isGreaterThan(0.95);
        assertThat(s.recall()).as("pairwise recall").isGreaterThan(0.95);
        assertThat(s.recoveredRate()).as("reservations recovered exactly").isGreaterThan(0.88);
        assertThat(s.statusAccuracy()).as("status of recovered reservations").isGreaterThan(0.97);
    }

    @Test
    void confidenceIsHonestWhereItMattersMost() throws IOException {
        List<DemoEvaluation.CalibrationBand> bands = DemoEvaluation.calibration(demo.truth(), dir.resolve("bundle"));
        assertThat(bands.stream().mapToInt(DemoEvaluation.CalibrationBand::reservations).sum())
                .isEqualTo(csv("reservations.csv").size());
        DemoEvaluation.CalibrationBand top = bands.get(bands.size() - 1);
        assertThat(top.from()).isEqualTo(0.95);
        assertThat(top.reservations()).isPositive();
        assertThat(top.accuracy()).as("reservations at confidence >= 0.95 that are exactly right").isGreaterThan(0.95);
    }

    @Test
    void reservationsCsvKeepsItsContract() throws IOException {
        List<String> header;
        try (Reader r = Files.newBufferedReader(dir.resolve("bundle").resolve("reservations.csv"), StandardCharsets.UTF_8)) {
            header = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getHeaderNames();
        }
        assertThat(header).startsWith("reservation_id", "booking_reference", "status", "customer_name", "customer_email",
                "customer_phone", "vehicle").contains("pickup_at", "return_at", "pickup_location", "return_location",
                "total_amount", "amount_paid", "amount_refunded", "currency", "confidence", "review_state");
        for (CSVRecord r : csv("reservations.csv")) {
            assertThat(r.get("reservation_id")).matches("RB-[0-9A-F]{10}");
            assertThat(r.get("status")).isIn("confirmed", "cancelled", "unconfirmed");
            if (!r.get("pickup_at").isEmpty()) assertThat(r.get("pickup_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)");
            assertThat(r.get("amount_paid")).matches("-?\\d+\\.\\d{2}");
            assertThat(Double.parseDouble(r.get("confidence"))).isBetween(0.0, 1.0);
            assertThat(r.get("review_state")).isIn("auto_accepted", "needs_review");
        }
        assertThat(csv("evidence.csv")).allSatisfy(r -> assertThat(r.get("source")).isIn("stripe", "calendar", "email"));
        assertThat(csv("evidence.csv")).anySatisfy(r -> assertThat(r.get("weights")).matches(".*\\(\\+\\d+\\.\\d\\).*"));
        List<CSVRecord> fields = csv("fields.csv");
        Set<String> reservations = new HashSet<>();
        for (CSVRecord r : csv("reservations.csv")) reservations.add(r.get("reservation_id"));
        assertThat(fields).isNotEmpty().allSatisfy(f -> {
            assertThat(reservations).contains(f.get("reservation_id"));
            assertThat(f.get("source")).isIn("stripe", "calendar", "email");
        });
    }

    @Test
    void reRunningRecoverIntoTheSameWorkspaceImportsNothingNewAndGivesTheSameBundle() throws IOException {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("recover", demo.sources().toString(), "--out", dir.resolve("bundle2").toString(),
                "--workspace", dir.resolve("ws").toString(), "--as-of", "2026-11-21T08:00", "-q");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Import: 0 imported, " + demo.records() + " duplicate");
        assertThat(Files.readString(dir.resolve("bundle2").resolve("reservations.csv")))
                .isEqualTo(Files.readString(dir.resolve("bundle").resolve("reservations.csv")));
    }
}
