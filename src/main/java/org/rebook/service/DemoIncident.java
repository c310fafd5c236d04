package org.rebook.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.rebook.common.UserDirs;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoGenerator;
import org.rebook.export.BundleExporter;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/**
 * The demo incident a first-time user opens: generated once into the user-data folder, imported into its
 * own workspace and recovered. Re-running is idempotent (same files, nothing imported twice).
 */
public final class DemoIncident {
    public static final int DEFAULT_RESERVATIONS = 300;
    public static final long DEFAULT_SEED = 42;

    private final Path root;

    public DemoIncident() { this(UserDirs.dataDir().resolve("demo")); }

    public DemoIncident(Path root) { this.root = root; }

    public Path sources() { return root.resolve("incident").resolve("sources"); }

    public Path workspaceDir() { return root.resolve("workspace"); }

    public Path bundleDir() { return root.resolve("bundle"); }

    public OffsetDateTime incidentAt() { return DemoConfig.defaultIncident().toOffsetDateTime(); }

    /** Writes the demo files if they are not there yet. */
    public void ensureGenerated() throws IOException {
        if (Files.isDirectory(sources())) return;
        new DemoGenerator().generate(new DemoConfig(DEFAULT_RESERVATIONS, DEFAULT_SEED, DemoConfig.defaultIncident()),
                root.resolve("incident"));
    }

    /** Generate, import, reconcile and export; returns the bundle summary. */
    public BundleExporter.Summary recover(Progress progress) throws IOException {
        ensureGenerated();
        try (Workspace ws = Workspace.open(workspaceDir())) {
            RecoveryService service = new RecoveryService(ws, ZoneChoice.resolve(ws, DemoConfig.DEFAULT_ZONE));
            ws.settings().put(org.rebook.workspace.SettingStore.AS_OF, incidentAt().toString());
            service.importPaths(List.of(sources()), progress);
            return service.reconcileAndExport(progress, bundleDir(), incidentAt(), () -> { }).export();
        }
    }
}
