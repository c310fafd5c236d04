package org.rebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aMissingInputStopsTheRunWithExitOneAndNamesTheFile() {
        Run r = run("recover", dir.resolve("nowhere.csv").toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("No such file or folder").contains("nowhere.csv");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("recover").code()).isEqualTo(2);
        assertThat(run("import", "x.csv").code()).isEqualTo(2); // --workspace missing
        assertThat(run("recover", "x", "--out", "y", "--timezone", "Mars/Olympus").err()).contains("is not a time zone");
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"recover", "import", "reconcile", "export", "status", "gui", "demo", "bench", "start"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: rebook " + command);
    }

    @Test
    void benchPrintsItsScoresAndLeavesNoScratchCopyBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = scratch(tmp);
        Run r = run("bench", "--reservations", "40", "--noise", "low");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| low | 40 |");
        assertThat(scratch(tmp)).isSubsetOf(before);
    }

    private static java.util.Set<Path> scratch(Path tmp) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("rebook-bench")).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void importReconcileExportAndStatusWorkStepByStep() throws IOException {
        Path csv = dir.resolve("payments.csv");
        Files.writeString(csv, "id,Created date (UTC),Amount,Currency,Status,Description,Customer Email\n"
                + "ch_1,2026-11-20 09:00:00,90.00,eur,Paid,Deposit PX-7F3K9Q,maria@x.pt\n"
                + "ch_2,2026-11-20 09:00:00,bad,eur,Paid,Deposit,maria@x.pt\n");
        String ws = dir.resolve("ws").toString();
        Run imported = run("import", csv.toString(), "--workspace", ws, "--timezone", "Europe/Lisbon", "-q");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("1 imported, 0 duplicate, 1 quarantined");
        assertThat(run("import", csv.toString(), "--workspace", ws, "-q").out()).contains("0 imported, 1 duplicate");
        assertThat(run("reconcile", "--workspace", ws, "-q").out()).contains("Reconcile: 1 reservations");
        // Too few records to estimate from: every level shows its prior as the weight in use.
        assertThat(run("reconcile", "--workspace", ws, "-q", "--show-weights").out())
                .contains("level\tprior\tweight").contains("paid_at_booking\t4.0\t4.00\t0\t0")
                .contains("bookings known only from money: 1 of 1 referenced; not weighed");
        Run export = run("export", "--workspace", ws, "--out", dir.resolve("bundle").toString(), "--as-of", "2026-11-21T08:00");
        assertThat(export.code()).isZero();
        assertThat(Files.readString(dir.resolve("bundle").resolve("reservations.csv"))).contains("PX-7F3K9Q");
        assertThat(Files.readString(dir.resolve("bundle").resolve("quarantine.csv"))).contains("amount 'bad' is not a number");
        Run status = run("status", "--workspace", ws);
        assertThat(status.out()).contains("Time zone: Europe/Lisbon").contains("Records: 1 stripe").contains("1 quarantined")
                .contains("import:").contains("reconcile:").contains("export:");
    }

    @Test
    void aConfiguredReferencePatternIsUsedAndRemembered() throws IOException {
        Path csv = dir.resolve("payments.csv");
        Files.writeString(csv, "id,Created date (UTC),Amount,Currency,Status,Description\n"
                + "ch_1,2026-11-20 09:00:00,90.00,eur,Paid,Rental RES-20261120-77\n");
        String ws = dir.resolve("ws").toString();
        run("import", csv.toString(), "--workspace", ws, "--reference-pattern", "RES-(\\d{8}-\\d+)", "-q");
        assertThat(run("reconcile", "--workspace", ws, "-q").code()).isZero();
        run("export", "--workspace", ws, "--out", dir.resolve("b").toString(), "-q");
        assertThat(Files.readString(dir.resolve("b").resolve("reservations.csv"))).contains("20261120-77");
        assertThat(run("status", "--workspace", ws).out()).contains("Reference pattern: RES-(\\d{8}-\\d+)");
        assertThat(run("import", csv.toString(), "--workspace", ws, "--reference-pattern", "([a-z").code()).isEqualTo(2);
    }

    @Test
    void exportNeverOverwritesAFolderWithOtherFilesButReplacesAnOldBundle() throws IOException {
        Path csv = dir.resolve("payments.csv");
        Files.writeString(csv, "id,Created date (UTC),Amount,Currency,Status,Description\n"
                + "ch_1,2026-11-20 09:00:00,90.00,eur,Paid,Deposit PX-7F3K9Q\n");
        String ws = dir.resolve("ws").toString();
        run("import", csv.toString(), "--workspace", ws, "-q");
        Path mine = Files.createDirectories(dir.resolve("my-documents"));
        Files.writeString(mine.resolve("accounts.xlsx"), "precious");
        Run refused = run("export", "--workspace", ws, "--out", mine.toString(), "-q");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Not exporting into").contains("accounts.xlsx");
        assertThat(Files.readString(mine.resolve("accounts.xlsx"))).isEqualTo("precious");
        assertThat(run("export", "--workspace", ws, "--out", dir.resolve("bundle").toString(), "-q").code()).isZero();
        assertThat(run("export", "--workspace", ws, "--out", dir.resolve("bundle").toString(), "-q").code()).isZero();
    }

    @Test
    void aWorkspaceOpenInAnotherProcessGivesAPlainMessage() throws Exception {
        Path ws = dir.resolve("ws");
        org.rebook.workspace.Workspace.open(ws).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldWorkspace.class.getName(), ws.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("open");
            Run r = run("status", "--workspace", ws.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("is open in another Rebook window or command");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void statusRefusesAFolderThatIsNoWorkspace() {
        Run r = run("status", "--workspace", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no Rebook workspace");
    }

    @Test
    void demoWritesSourcesAndTruth() {
        Run r = run("demo", "--out", dir.resolve("demo").toString(), "--reservations", "20", "--seed", "3");
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("demo/sources/stripe/unified_payments.csv")).exists();
        assertThat(dir.resolve("demo/sources/mail/bookings.mbox")).exists();
        assertThat(dir.resolve("demo/sources/calendar/bookings.ics")).exists();
        assertThat(dir.resolve("demo/truth/records.csv")).exists();
    }
}
