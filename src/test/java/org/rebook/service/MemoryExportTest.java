package org.rebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoGenerator;
import org.rebook.model.ReconcileResult;
import org.rebook.task.Progress;
import org.rebook.workspace.AsStored;
import org.rebook.workspace.Workspace;

/**
 * The one-shot path (import, reconcile, export) keeps what it read and what it stored instead of reading them back
 * from the workspace; each shortcut must give exactly what the read would.
 */
class MemoryExportTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    @TempDir
    Path dir;

    private static DemoConfig highNoise(int reservations, long seed) {
        return new DemoConfig(reservations, seed, DemoConfig.defaultIncident(), org.rebook.demo.Noise.of("high"));
    }

    private static void assertSameFiles(Path bundle, Path other) throws IOException {
        for (String file : List.of("reservations.csv", "evidence.csv", "fields.csv", "unmatched.csv", "quarantine.csv")) {
            assertThat(Files.readString(bundle.resolve(file))).as(file).isEqualTo(Files.readString(other.resolve(file)));
        }
    }

    @Test
    void aJustReconciledResultExportsTheSameBundleAsTheWorkspace() throws IOException {
        DemoConfig config = highNoise(400, 11);
        DemoGenerator.Result demo = new DemoGenerator().generate(config, dir.resolve("incident"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RecoveryService service = new RecoveryService(ws, ZONE);
            service.importPaths(List.of(demo.sources()), Progress.NONE);
            ReconcileResult result = service.reconcile(Progress.NONE);

            assertThat(AsStored.of(result.reservations())).isEqualTo(ws.results().reservations());
            assertThat(result.unmatched()).isEqualTo(ws.results().unmatched());

            var asOf = config.incidentAt().toOffsetDateTime();
            service.export(dir.resolve("from-memory"), asOf, result);
            service.export(dir.resolve("from-workspace"), asOf);
        }
        assertSameFiles(dir.resolve("from-memory"), dir.resolve("from-workspace"));
        assertThat(Files.readString(dir.resolve("from-memory").resolve("reservations.csv")).lines().count()).isGreaterThan(300);
    }

    @Test
    void aReconcileRightAfterImportLinksWhatTheImportKeptAsItWouldTheStoredRecords() throws IOException {
        DemoConfig config = highNoise(300, 5);
        DemoGenerator.Result demo = new DemoGenerator().generate(config, dir.resolve("incident"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RecoveryService service = new RecoveryService(ws, ZONE);
            service.importForReconcile(List.of(demo.sources()), Progress.NONE);
            ReconcileResult fromImport = service.reconcile(Progress.NONE);
            ReconcileResult fromWorkspace = service.reconcile(Progress.NONE); // nothing kept now: reads every record

            assertThat(fromImport.reservations()).hasSizeGreaterThan(250).isEqualTo(fromWorkspace.reservations());
            assertThat(fromImport.unmatched()).isEqualTo(fromWorkspace.unmatched());
            assertThat(fromImport.reservations().stream().mapToInt(r -> r.evidence().size()).sum() + fromImport.unmatched().size())
                    .isEqualTo(ws.records().count());

            // The bundle names each record's file and position from what the import kept, as the workspace would.
            var asOf = config.incidentAt().toOffsetDateTime();
            service.export(dir.resolve("kept"), asOf, fromWorkspace);
            new RecoveryService(ws, ZONE).export(dir.resolve("read"), asOf);
        }
        assertSameFiles(dir.resolve("kept"), dir.resolve("read"));
        assertThat(Files.readString(dir.resolve("kept").resolve("evidence.csv"))).contains("bookings.mbox,message ");
    }

    @Test
    void theBundleWrittenWhileTheResultIsSavedIsTheBundleOfTheSavedResult() throws IOException {
        DemoConfig config = highNoise(300, 7);
        DemoGenerator.Result demo = new DemoGenerator().generate(config, dir.resolve("incident"));
        var asOf = config.incidentAt().toOffsetDateTime();
        boolean[] savedBeforeReturn = new boolean[1];
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RecoveryService service = new RecoveryService(ws, ZONE);
            service.importForReconcile(List.of(demo.sources()), Progress.NONE);
            RecoveryService.Recovered r = service.reconcileAndExport(Progress.NONE, dir.resolve("together"), asOf,
                    () -> savedBeforeReturn[0] = true);

            assertThat(savedBeforeReturn[0]).isTrue();
            assertThat(AsStored.of(r.result().reservations())).hasSizeGreaterThan(250).isEqualTo(ws.results().reservations());
            assertThat(r.export().reservations()).isEqualTo(r.result().reservations().size());
            assertThat(ws.journal().entries()).extracting(e -> e.action()).containsSubsequence("reconcile", "export");
            new RecoveryService(ws, ZONE).export(dir.resolve("read"), asOf);
        }
        assertSameFiles(dir.resolve("together"), dir.resolve("read"));
    }
}
