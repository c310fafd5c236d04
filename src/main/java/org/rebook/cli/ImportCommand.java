package org.rebook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebook.ingest.FileReport;
import org.rebook.ingest.ImportReport;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports export files and folders into a workspace. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import Stripe CSV, .ics/.zip calendars and mbox/.eml mail into a workspace. Idempotent.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders; format is detected from content.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(options.workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            ImportReport report = service.importPaths(paths, new ConsoleProgress(spec.commandLine().getErr(), options.quiet));
            print(spec.commandLine().getOut(), report);
            return 0;
        }
    }

    static void print(java.io.PrintWriter out, ImportReport report) {
        for (FileReport f : report.files()) out.println("  " + f.summary());
        out.println("Import: " + report.summary());
    }
}
