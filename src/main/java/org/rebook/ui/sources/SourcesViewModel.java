package org.rebook.ui.sources;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rebook.ingest.ImportReport;
import org.rebook.model.Quarantined;
import org.rebook.task.CancelledException;
import org.rebook.ui.AppContext;
import org.rebook.ui.WorkspaceSession;
import org.rebook.workspace.RecordStore;

/** Sources screen: import files and folders, see per-file counts and what was quarantined and why. */
public final class SourcesViewModel {
    private final AppContext context;
    private final ObservableList<RecordStore.SourceFileRow> files = FXCollections.observableArrayList();
    private final ObservableList<Quarantined> quarantine = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public SourcesViewModel(AppContext context) {
        this.context = context;
        context.resultsRevisionProperty().addListener((o, a, b) -> refresh());
    }

    public ObservableList<RecordStore.SourceFileRow> files() { return files; }

    public ObservableList<Quarantined> quarantine() { return quarantine; }

    public StringProperty summaryProperty() { return summary; }

    /** Imports, then rebuilds reservations so the Reservations screen is current. */
    public void importPaths(List<Path> paths) {
        WorkspaceSession session = context.session();
        if (session == null || paths.isEmpty()) return;
        context.runner().run("Importing " + paths.size() + " item(s)", progress -> {
            ImportReport report = session.service().importForReconcile(paths, progress);
            if (!report.cancelled()) session.service().reconcile(progress);
            return report;
        }, context.taskState(), report -> {
            summary.set("Last import: " + report.summary());
            context.resultsChanged();
        }, e -> {
            summary.set(e instanceof CancelledException ? "Import cancelled; what was read so far is kept."
                    : "Import failed: " + e.getMessage());
            context.resultsChanged();
        });
    }

    public void cancel() { context.taskState().cancel(); }

    public void connectStripe(ConnectRequests.Stripe r) {
        live("Reading Stripe", (service, progress) -> {
            try {
                return new org.rebook.service.LiveImports(service).stripe(new String(r.apiKey()), r.apiBase(), r.accounts(),
                        start(r.since(), service), progress);
            } finally {
                java.util.Arrays.fill(r.apiKey(), '\0');
            }
        });
    }

    public void connectGoogle(ConnectRequests.Google r) {
        live("Reading Google Calendar", (service, progress) -> {
            try {
                var client = r.clientSecrets() != null
                        ? org.rebook.ingest.calendar.GoogleAuth.authorize(r.clientSecrets(), googleTokens(), r.rootUrl())
                        : org.rebook.ingest.calendar.GoogleAuth.withAccessToken(new String(r.accessToken()), r.rootUrl());
                return new org.rebook.service.LiveImports(service).googleCalendar(client,
                        r.calendars().isEmpty() ? List.of("primary") : r.calendars(), start(r.since(), service), progress);
            } finally {
                java.util.Arrays.fill(r.accessToken(), '\0');
            }
        });
    }

    /** Forgets the Google sign-in: revokes the token at Google when reachable and deletes it here. */
    public void signOutGoogle() {
        context.runner().run("Signing out of Google", progress -> {
            org.rebook.ingest.calendar.GoogleAuth.revoke(googleTokens());
            return true;
        }, context.taskState(), ok -> summary.set("Signed out of Google Calendar; the stored token is deleted."),
                e -> summary.set("Sign-out failed: " + e.getMessage()));
    }

    public void connectImap(ConnectRequests.Imap r) {
        live("Reading mailbox " + r.user() + "@" + r.host(), (service, progress) -> {
            try {
                return List.of(new org.rebook.service.LiveImports(service).imap(new org.rebook.ingest.mail.ImapReader.Settings(
                        r.host(), r.port(), r.security(), r.user(), r.password(),
                        r.folders().isEmpty() ? List.of("INBOX") : r.folders(), start(r.since(), service), service.zone()), progress));
            } finally {
                java.util.Arrays.fill(r.password(), '\0');
            }
        });
    }

    private interface LiveJob {
        List<ImportReport> run(org.rebook.service.RecoveryService service, org.rebook.task.Progress progress) throws Exception;
    }

    /** A live import, then a reconcile so the Reservations screen is current; errors in plain words. */
    private void live(String title, LiveJob job) {
        WorkspaceSession session = context.session();
        if (session == null) return;
        context.runner().run(title, progress -> {
            List<ImportReport> reports = job.run(session.service(), progress);
            session.service().reconcile(progress);
            return reports;
        }, context.taskState(), reports -> {
            summary.set(title + ": " + reports.stream().map(ImportReport::summary).reduce((a, b) -> a + "; " + b).orElse("nothing"));
            context.resultsChanged();
        }, e -> {
            summary.set(e instanceof CancelledException ? title + " cancelled; what was read so far is kept."
                    : title + " failed: " + e.getMessage());
            context.resultsChanged();
        });
    }

    private static java.time.Instant start(java.time.LocalDate since, org.rebook.service.RecoveryService service) {
        return since == null ? null : since.atStartOfDay(service.zone()).toInstant();
    }

    private static Path googleTokens() {
        return org.rebook.common.UserDirs.dataDir().resolve("google-tokens");
    }

    /** Where the file choosers open: the folder used last time. */
    public java.util.Optional<Path> lastFolder() {
        return context.settings().folder(org.rebook.common.UserSettings.LAST_IMPORT_DIR);
    }

    public void rememberFolder(Path folder) {
        context.settings().put(org.rebook.common.UserSettings.LAST_IMPORT_DIR, folder.toString());
    }

    public void refresh() {
        WorkspaceSession session = context.session();
        if (session == null) return;
        context.runner().run("Loading sources", progress -> new Snapshot(session.workspace().records().files(),
                session.workspace().quarantine().all()), context.taskState(), s -> {
            files.setAll(s.files());
            quarantine.setAll(s.quarantine());
        }, e -> summary.set("Could not read sources: " + e.getMessage()));
    }

    private record Snapshot(List<RecordStore.SourceFileRow> files, List<Quarantined> quarantine) { }
}
