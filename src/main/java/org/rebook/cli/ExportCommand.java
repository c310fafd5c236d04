package org.rebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebook.export.BundleExporter;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the export bundle of the last reconcile. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write reservations.csv, evidence.csv, unmatched.csv, quarantine.csv and manifest.json.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bundle folder.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATETIME", converter = AsOfConverter.class,
            description = "Incident time that urgency is measured from (default: now).")
    AsOf asOf;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(options.workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            if (!ws.results().hasResults() && ws.records().count() > 0) {
                service.reconcile(new ConsoleProgress(spec.commandLine().getErr(), options.quiet));
            }
            BundleExporter.Summary s = service.export(out, AsOf.orNow(asOf, service.zone()));
            print(spec.commandLine().getOut(), s);
            return 0;
        }
    }

    static void print(java.io.PrintWriter out, BundleExporter.Summary s) {
        out.println("Export: " + s.reservations() + " reservations (" + s.urgent() + " urgent pickups), "
                + s.evidence() + " evidence rows, " + s.unmatched() + " unmatched, " + s.quarantined() + " quarantined");
        out.println("Bundle: " + s.dir().toAbsolutePath());
    }
}
