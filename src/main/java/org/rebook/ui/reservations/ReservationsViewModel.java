package org.rebook.ui.reservations;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.rebook.export.BundleExporter;
import org.rebook.extract.Text;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.model.StoredRecord;
import org.rebook.ui.AppContext;
import org.rebook.ui.WorkspaceSession;

/** Reservations screen: the rebuilt reservations by pickup time, urgent ones first in mind, with their evidence. */
public final class ReservationsViewModel {
    /** Which reservations the table shows. */
    public enum Show {
        ALL("All reservations"), URGENT("Arriving in the next 72 h"), REVIEW("Needs review"), CANCELLED("Cancelled");

        private final String label;

        Show(String label) { this.label = label; }

        @Override
        public String toString() { return label; }
    }

    private final AppContext context;
    private final ObservableList<ReservationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReservationRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ObjectProperty<ReservationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final StringProperty notice = new SimpleStringProperty("");
    private int unmatchedCount;

    public ReservationsViewModel(AppContext context) {
        this.context = context;
        search.addListener((o, a, b) -> applyFilter());
        show.addListener((o, a, b) -> applyFilter());
        context.resultsRevisionProperty().addListener((o, a, b) -> refresh());
    }

    public ObservableList<ReservationRow> visibleRows() { return visible; }

    public ObservableList<ReservationRow> allRows() { return rows; }

    public StringProperty searchProperty() { return search; }

    public ObjectProperty<Show> showProperty() { return show; }

    public ObjectProperty<ReservationRow> selectedProperty() { return selected; }

    public javafx.beans.property.ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    public StringProperty noticeProperty() { return notice; }

    public WorkspaceSession session() { return context.session(); }

    /** Reloads reservations from the workspace (after an import or reconcile). */
    public void refresh() {
        WorkspaceSession session = context.session();
        if (session == null) {
            rows.clear();
            return;
        }
        context.runner().run("Loading reservations", progress -> new Loaded(
                session.workspace().results().reservations().stream()
                        .map(r -> ReservationRow.of(r, session.asOf(), session.service().zone())).toList(),
                session.workspace().results().unmatchedCount()), context.taskState(), loaded -> {
            unmatchedCount = loaded.unmatched(); // before the rows: views recompute when the rows change
            show(loaded.rows(), () -> {
                headline.set(headline(loaded));
                if (selected.get() != null && !visible.contains(selected.get())) selected.set(null);
            });
        }, e -> notice.set("Could not load reservations: " + e.getMessage()));
    }

    /**
     * Puts loaded rows on screen. A large workspace goes in slices, one per pulse, so the window keeps
     * answering while 100k rows flow into the tables, filters and counts (each slice is a few tens of ms).
     */
    private void show(List<ReservationRow> loaded, Runnable then) {
        if (loaded.size() <= SLICE) {
            rows.setAll(loaded);
            then.run();
            return;
        }
        rows.setAll(loaded.subList(0, SLICE));
        addSlices(loaded, SLICE, then);
    }

    private void addSlices(List<ReservationRow> loaded, int from, Runnable then) {
        javafx.application.Platform.runLater(() -> {
            if (rows.size() != from) return; // a newer load replaced these rows
            int to = Math.min(loaded.size(), from + SLICE);
            rows.addAll(loaded.subList(from, to));
            if (to < loaded.size()) addSlices(loaded, to, then);
            else then.run();
        });
    }

    private static final int SLICE = 10_000;

    /**
     * Applies a recompute around one decision without reloading everything: the replaced reservations
     * leave, their successors take their place in pickup order. Other screens watching the rows follow.
     */
    public void patch(java.util.Set<String> replacedIds, List<org.rebook.model.Reservation> replacements,
                      int unmatchedNow) {
        WorkspaceSession session = context.session();
        if (session == null) return;
        java.util.Set<String> gone = new java.util.HashSet<>(replacedIds);
        replacements.forEach(r -> gone.add(r.id()));
        ReservationRow keep = selected.get();
        List<ReservationRow> fresh = new java.util.ArrayList<>();
        for (org.rebook.model.Reservation r : replacements) {
            ReservationRow row = ReservationRow.of(r, session.asOf(), session.service().zone());
            // Same reservation, same place in pickup order (accept, most edits): one in-place change, which
            // the filtered and sorted views over 100k rows handle without rescanning.
            int at = java.util.Collections.binarySearch(rows, row, ReservationRow.BY_PICKUP);
            if (at >= 0 && rows.get(at).reservation().id().equals(r.id())) {
                rows.set(at, row);
                gone.remove(r.id());
            } else {
                fresh.add(row);
            }
        }
        if (!gone.isEmpty()) rows.removeIf(r -> gone.contains(r.reservation().id()));
        for (ReservationRow row : fresh) {
            int at = java.util.Collections.binarySearch(rows, row, ReservationRow.BY_PICKUP);
            rows.add(at < 0 ? -at - 1 : at, row);
        }
        unmatchedCount = unmatchedNow;
        headline.set(headline(new Loaded(rows, unmatchedCount)));
        if (keep != null && gone.contains(keep.reservation().id())) {
            selected.set(rows.stream().filter(r -> r.reservation().id().equals(keep.reservation().id())).findFirst().orElse(null));
        }
    }

    /** The first reservation whose pickup is still ahead (or under way): where staff start. */
    public ReservationRow firstUpcoming() {
        WorkspaceSession session = context.session();
        if (session == null) return null;
        return visible.stream().filter(r -> r.reservation().pickupAt() != null
                && !r.reservation().pickupAt().isBefore(session.asOf().minusHours(12))).findFirst().orElse(null);
    }

    /** The stored record behind an evidence line, for showing its raw text. */
    public StoredRecord record(long id) {
        return context.session().workspace().records().byId(id).orElse(null);
    }

    /** Where the export chooser opens: the folder used last time. */
    public java.util.Optional<Path> lastExportFolder() {
        return context.settings().folder(org.rebook.common.UserSettings.LAST_EXPORT_DIR);
    }

    /** Exports into a new, dated folder inside {@code parent}, so nothing already there is touched. */
    public void export(Path parent) {
        WorkspaceSession session = context.session();
        if (session == null) return;
        context.settings().put(org.rebook.common.UserSettings.LAST_EXPORT_DIR, parent.toString());
        Path dir = parent.resolve("Rebook bundle " + session.name() + " "
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss")));
        context.runner().run("Exporting bundle", progress -> session.service().export(dir, session.asOf()),
                context.taskState(), (BundleExporter.Summary s) -> notice.set("Exported " + s.reservations()
                        + " reservations, " + s.unmatched() + " unmatched records to " + s.dir()),
                e -> notice.set("Export failed: " + e.getMessage()));
    }

    private void applyFilter() {
        String q = Text.fold(search.get());
        Show mode = show.get();
        Predicate<ReservationRow> p = r -> switch (mode) {
            case ALL -> true;
            case URGENT -> r.urgent();
            case REVIEW -> r.reservation().reviewState() == ReviewState.NEEDS_REVIEW;
            case CANCELLED -> r.reservation().status() == ReservationStatus.CANCELLED;
        };
        visible.setPredicate(q.isEmpty() ? p : p.and(r -> r.searchText().contains(q)));
        if (selected.get() != null && !visible.contains(selected.get())) selected.set(null);
    }

    private String headline(Loaded l) {
        long urgent = l.rows().stream().filter(ReservationRow::urgent).count();
        long review = l.rows().stream().filter(r -> r.reservation().reviewState() == ReviewState.NEEDS_REVIEW).count();
        return l.rows().size() + " reservations · " + urgent + " arriving in the next 72 h · " + review
                + " need review · " + l.unmatched() + " unmatched records";
    }

    public int unmatchedCount() { return unmatchedCount; }

    private record Loaded(List<ReservationRow> rows, int unmatched) {
        Loaded {
            Objects.requireNonNull(rows);
        }
    }
}
