package org.rebook.ui.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.rebook.extract.Text;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReviewState;
import org.rebook.model.StoredRecord;
import org.rebook.service.ReviewService;
import org.rebook.ui.AppContext;
import org.rebook.ui.Decisions;
import org.rebook.ui.WorkspaceSession;
import org.rebook.ui.reservations.ReservationRow;
import org.rebook.ui.reservations.ReservationsViewModel;

/**
 * Review queue: the reservations that need a person, most urgent pickup first, then the least certain.
 * Every action is a decision (see {@link ReviewService}): applied at once, undoable, kept by later runs.
 */
public final class ReviewViewModel {
    private final AppContext context;
    private final ReservationsViewModel reservations;
    private final Decisions decisions;
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<ReservationRow> pending;
    private final SortedList<ReservationRow> queue;
    private final ObjectProperty<ReservationRow> current = new SimpleObjectProperty<>();
    /** Where the queue stood, so the item after an accepted one is the next one shown. */
    private int position;
    /** A reservation that left the queue while shown; shown again if it comes back (rebuilt, or undone). */
    private String wantedId;

    public ReviewViewModel(AppContext context, ReservationsViewModel reservations, Decisions decisions) {
        this.context = context;
        this.reservations = reservations;
        this.decisions = decisions;
        pending = new FilteredList<>(reservations.allRows(), inQueue(""));
        queue = new SortedList<>(pending, order());
        search.addListener((o, a, b) -> pending.setPredicate(inQueue(b)));
        queue.addListener((javafx.collections.ListChangeListener<ReservationRow>) c -> keepCurrent());
    }

    public SortedList<ReservationRow> queue() { return queue; }

    public ObjectProperty<ReservationRow> currentProperty() { return current; }

    public StringProperty searchProperty() { return search; }

    public StringProperty noticeProperty() { return decisions.noticeProperty(); }

    public StringProperty undoTextProperty() { return decisions.undoTextProperty(); }

    public StringProperty redoTextProperty() { return decisions.redoTextProperty(); }

    public BooleanProperty busyProperty() { return decisions.busyProperty(); }

    public StringBinding headline() {
        return Bindings.createStringBinding(() -> {
            long urgent = queue.stream().filter(this::urgent).count();
            return queue.size() + " to review · " + urgent + " with pickups in the next 72 h (shown first)";
        }, queue);
    }

    public WorkspaceSession session() { return context.session(); }

    public StoredRecord record(long id) { return context.session().workspace().records().byId(id).orElse(null); }

    // --- moving through the queue -------------------------------------------------------------------------

    public void next() { step(1); }

    public void previous() { step(-1); }

    public void select(ReservationRow row) {
        wantedId = null;
        current.set(row);
        position = Math.max(0, queue.indexOf(row));
    }

    private void step(int delta) {
        wantedId = null;
        if (queue.isEmpty()) {
            current.set(null);
            return;
        }
        int i = current.get() == null ? (delta > 0 ? 0 : queue.size() - 1) : queue.indexOf(current.get()) + delta;
        position = Math.max(0, Math.min(queue.size() - 1, i));
        current.set(queue.get(position));
    }

    /** After a change the current item may have left the queue (accepted): show the one that took its place. */
    private void keepCurrent() {
        ReservationRow c = current.get();
        if (c != null && queue.contains(c) && wantedId == null) {
            position = queue.indexOf(c);
            return;
        }
        // The reservation being looked at was rebuilt (its row replaced, perhaps in two steps): follow it by id.
        if (c != null && wantedId == null) wantedId = c.reservation().id();
        Optional<ReservationRow> same = queue.stream().filter(r -> r.reservation().id().equals(wantedId)).findFirst();
        if (same.isPresent()) {
            wantedId = null;
            current.set(same.get());
            position = queue.indexOf(same.get());
            return;
        }
        if (c == null || !queue.contains(c)) current.set(queue.isEmpty() ? null : queue.get(Math.min(position, queue.size() - 1)));
    }

    // --- decisions ----------------------------------------------------------------------------------------

    public void accept() {
        ReservationRow c = current.get();
        if (c != null) decide(s -> s.accept(c.reservation().id()));
    }

    public void reject(List<EvidenceLink> links) {
        ReservationRow c = current.get();
        if (c == null || links.size() != 1) {
            noticeProperty().set("Select one record in the evidence to reject its link.");
            return;
        }
        decide(s -> s.rejectLink(c.reservation().id(), links.get(0).recordId()));
    }

    public void splitOff(List<EvidenceLink> links) {
        ReservationRow c = current.get();
        if (c == null || links.isEmpty()) {
            noticeProperty().set("Select the records to split off into a reservation of their own.");
            return;
        }
        List<Long> ids = links.stream().map(EvidenceLink::recordId).toList();
        decide(s -> s.split(c.reservation().id(), ids));
    }

    public void moveTo(List<EvidenceLink> links, String targetId) {
        if (links.size() != 1) {
            noticeProperty().set("Select one record in the evidence to move.");
            return;
        }
        decide(s -> s.move(links.get(0).recordId(), targetId));
    }

    public void mergeWith(String otherId) {
        ReservationRow c = current.get();
        if (c != null) decide(s -> s.merge(c.reservation().id(), otherId));
    }

    public void edit(String field, String value) {
        ReservationRow c = current.get();
        if (c != null) decide(s -> s.edit(c.reservation().id(), field, value));
    }

    public void undo() { decisions.undo(); }

    public void redo() { decisions.redo(); }

    /** Other reservations matching {@code query}: targets for move and merge. */
    public List<ReservationRow> find(String query, int limit) {
        String q = Text.fold(query);
        ReservationRow c = current.get();
        return reservations.allRows().stream()
                .filter(r -> c == null || !r.reservation().id().equals(c.reservation().id()))
                .filter(r -> q.isEmpty() || r.searchText().contains(q)).limit(limit).toList();
    }

    private void decide(Function<ReviewService, ReviewService.Outcome> action) { decisions.decide(action); }

    // --- the queue's order --------------------------------------------------------------------------------

    private static java.util.function.Predicate<ReservationRow> inQueue(String search) {
        String q = Text.fold(search == null ? "" : search);
        return r -> r.reservation().reviewState() == ReviewState.NEEDS_REVIEW && (q.isEmpty() || r.searchText().contains(q));
    }

    /** Urgent as everywhere in Rebook (see Urgency): a live pickup from 12 h before to 72 h after the incident. */
    public boolean urgent(ReservationRow r) { return r.urgent(); }

    /** Urgent pickups first, soonest first; then the rest, least certain first. */
    private Comparator<ReservationRow> order() {
        return Comparator.comparing((ReservationRow r) -> !r.urgent())
                .thenComparing((a, b) -> a.urgent()
                        ? a.reservation().pickupAt().compareTo(b.reservation().pickupAt())
                        : Double.compare(a.reservation().confidence(), b.reservation().confidence()))
                .thenComparing(ReservationRow.BY_PICKUP);
    }
}
