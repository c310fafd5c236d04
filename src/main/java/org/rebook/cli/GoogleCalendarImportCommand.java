package org.rebook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebook.common.UserDirs;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.calendar.GoogleAuth;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads events from the Google Calendar API with the read-only scope. */
@Command(name = "google-calendar", mixinStandardHelpOptions = true,
        description = {"Import events from Google Calendar (calendar.readonly; incremental with sync tokens).",
                "Auth: GOOGLE_OAUTH_ACCESS_TOKEN, or --client-secrets for the browser sign-in (token kept in the user-data folder)."})
final class GoogleCalendarImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--calendar", paramLabel = "ID", description = "Calendar id (repeatable; default: primary).")
    List<String> calendars = List.of("primary");

    @Option(names = "--since", paramLabel = "DATE", converter = AsOfConverter.class, description = "Only events from this date (first run).")
    AsOf since;

    @Option(names = "--root-url", paramLabel = "URL", description = "Google API root URL (tests, proxies).")
    String rootUrl;

    @Option(names = "--client-secrets", paramLabel = "FILE", description = "OAuth desktop client JSON from Google Cloud console.")
    Path clientSecrets;

    @Option(names = "--list-calendars", description = "List the calendars this account can read (ids for --calendar), import nothing.")
    boolean listCalendars;

    @Override
    public Integer call() throws Exception {
        var client = clientSecrets != null
                ? GoogleAuth.authorize(clientSecrets, UserDirs.dataDir().resolve("google-tokens"), rootUrl)
                : GoogleAuth.withAccessToken(new String(Secrets.read("GOOGLE_OAUTH_ACCESS_TOKEN", "Google access token: ")), rootUrl);
        if (listCalendars) {
            for (var c : org.rebook.ingest.calendar.GoogleCalendars.list(client)) {
                spec.commandLine().getOut().println(c.id() + "\t" + c.name() + (c.primary() ? "\t(primary)" : "")
                        + (c.accessRole() == null ? "" : "\t" + c.accessRole()));
            }
            return 0;
        }
        try (Workspace ws = Workspace.open(options.workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            List<ImportReport> reports = new LiveImports(service).googleCalendar(client, calendars,
                    since == null ? null : since.in(service.zone()).toInstant(),
                    new ConsoleProgress(spec.commandLine().getErr(), options.quiet));
            for (ImportReport r : reports) ImportCommand.print(spec.commandLine().getOut(), r);
            return 0;
        }
    }
}
