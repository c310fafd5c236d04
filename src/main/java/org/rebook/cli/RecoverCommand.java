package org.rebook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebook.ingest.ImportReport;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The one-shot path: import everything, reconcile, export. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Import, reconcile and export in one go.")
final class RecoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files or folders.")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bundle folder.")
    Path out;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace to use (default: a new temporary one).")
    Path workspace;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Business time zone for local times (default: system zone).")
    ZoneId timezone;

    @Option(names = "--as-of", paramLabel = "DATETIME", converter = AsOfConverter.class,
            description = "Incident time that urgency is measured from (default: now).")
    AsOf asOf;

    @Option(names = "--reference-pattern", paramLabel = "REGEX", converter = PatternConverter.class,
            description = "Your booking references as a regular expression (first group, if any, is the reference).")
    String referencePattern;

    @Option(names = "--templates", paramLabel = "FILE",
            description = "Mail templates (JSON, from 'rebook templates export') to read mails with.")
    Path templates;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path dir = workspace != null ? workspace : Files.createTempDirectory("rebook-workspace");
        var out = spec.commandLine().getOut();
        var progress = new ConsoleProgress(spec.commandLine().getErr(), quiet);
        try (Workspace ws = Workspace.open(dir)) {
            if (templates != null) new org.rebook.service.TemplateService(ws).importFile(templates);
            RecoveryService service = WorkspaceSettings.service(ws, timezone, referencePattern);
            ImportReport report = service.importForReconcile(paths, progress);
            ImportCommand.print(out, report);
            java.time.OffsetDateTime incident = AsOf.orNow(asOf, service.zone());
            if (asOf != null) ws.settings().put(org.rebook.workspace.SettingStore.AS_OF, incident.toString());
            // Exported as stored, from memory, while it is stored.
            RecoveryService.Recovered r = service.reconcileAndExport(progress, this.out, incident, () -> { });
            out.println(ReconcileCommand.describe(r.result()));
            ExportCommand.print(out, r.export());
            out.println("Workspace: " + ws.dir());
            return 0;
        }
    }
}
