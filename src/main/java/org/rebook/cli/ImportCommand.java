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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports export files and folders into a workspace. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import Stripe CSV, .ics/.zip calendars and mbox/.eml mail into a workspace. Idempotent.",
        subcommands = {StripeApiImportCommand.class, GoogleCalendarImportCommand.class, ImapImportCommand.class})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Not a mixin: --workspace must not be required here, or "import stripe-api --workspace …" would not parse.
    @Option(names = "--workspace", paramLabel = "DIR", description = "Incident workspace folder (created on first use).")
    Path workspace;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Business time zone for local times without an offset (default: the workspace's, else the system's).")
    java.time.ZoneId timezone;

    @Option(names = "--reference-pattern", paramLabel = "REGEX", converter = PatternConverter.class,
            description = "Your booking references as a regular expression (remembered by the workspace).")
    String referencePattern;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders; format is detected from content. Or a live source: stripe-api, google-calendar, imap.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing files or folders to import");
        }
        if (workspace == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--workspace=DIR'");
        }
        try (Workspace ws = Workspace.open(workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, timezone, referencePattern);
            ImportReport report = service.importPaths(paths, new ConsoleProgress(spec.commandLine().getErr(), quiet));
            print(spec.commandLine().getOut(), report);
            return 0;
        }
    }

    static void print(java.io.PrintWriter out, ImportReport report) {
        for (FileReport f : report.files()) out.println("  " + f.summary());
        out.println("Import: " + report.summary());
    }
}
