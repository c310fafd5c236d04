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
            ImportReport report = session.service().importPaths(paths, progress);
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
