package org.rebook.ui.unmatched;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.rebook.extract.Text;
import org.rebook.model.Source;
import org.rebook.model.StoredRecord;
import org.rebook.model.UnmatchedRecord;
import org.rebook.ui.AppContext;
import org.rebook.ui.WorkspaceSession;

/** Unmatched screen: every imported record that is in no reservation, with the reason, searchable. */
public final class UnmatchedViewModel {
    /** Which source to show; null shows all. */
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    /** Which kind of reason to show; null shows all. */
    private final ObjectProperty<ReasonKind> reason = new SimpleObjectProperty<>();
    private org.rebook.ui.Decisions decisions;
    private java.util.function.BiFunction<String, Integer, List<org.rebook.ui.reservations.ReservationRow>> find =
            (q, n) -> List.of();
    private final StringProperty search = new SimpleStringProperty("");
    /** A row: the unmatched record and a short description of what it is. */
    public record Row(UnmatchedRecord record, String what, String searchText, ReasonKind reasonKind) {
        Row(UnmatchedRecord record, String what) {
            // Folded once, off the FX thread: filtering thousands of rows per keystroke only compares.
            this(record, what, Text.fold(record.sourceId() + " " + what + " " + record.reason()), ReasonKind.of(record.reason()));
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> visible = new FilteredList<>(rows, r -> true);
    private final AppContext context;

    public UnmatchedViewModel(AppContext context) {
        this.context = context;
        source.addListener((o, a, b) -> applyFilter());
        reason.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
        context.resultsRevisionProperty().addListener((o, a, b) -> refresh());
    }

    public ObservableList<Row> visibleRows() { return visible; }

    public ObjectProperty<Source> sourceProperty() { return source; }

    public ObjectProperty<ReasonKind> reasonProperty() { return reason; }

    /** Lets this screen make decisions (attach, create, set aside) and find reservations to attach to. */
    public void connect(org.rebook.ui.Decisions decisions,
                        java.util.function.BiFunction<String, Integer, List<org.rebook.ui.reservations.ReservationRow>> find) {
        this.decisions = decisions;
        this.find = find;
        decisions.onUnmatchedChanged(this::changed);
    }

    public List<org.rebook.ui.reservations.ReservationRow> find(String query, int limit) { return find.apply(query, limit); }

    public StringProperty noticeProperty() {
        return decisions == null ? new SimpleStringProperty("") : decisions.noticeProperty();
    }

    public void attach(Row row, String reservationId) {
        decisions.decide(s -> s.move(row.record().recordId(), reservationId));
    }

    public void createReservation(Row row) {
        decisions.decide(s -> s.createFrom(row.record().recordId()));
    }

    /** The view model for teaching a template from this row's mail, or null when it is not a mail. */
    public org.rebook.ui.templates.TeachTemplateViewModel teach(Row row) {
        StoredRecord r = record(row.record().recordId());
        return r != null && r.parsed() instanceof org.rebook.model.MailMessage m
                ? new org.rebook.ui.templates.TeachTemplateViewModel(context, m) : null;
    }

    public void notABooking(Row row) {
        decisions.decide(s -> s.notABooking(row.record().recordId()));
    }

    public StringProperty searchProperty() { return search; }

    private boolean shown;
    private boolean stale;

    /** Tells whether the screen is on view: a hidden screen reloads when shown, not after every decision. */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown && stale) refresh();
    }

    private void changed() {
        if (shown) refresh();
        else stale = true;
    }

    public void refresh() {
        stale = false;
        WorkspaceSession session = context.session();
        if (session == null) return;
        context.runner().run("Loading unmatched records", progress -> {
                    List<UnmatchedRecord> unmatched = session.workspace().results().unmatched();
                    var readings = session.workspace().records().readings(unmatched.stream().map(UnmatchedRecord::recordId).toList());
                    return unmatched.stream().map(u -> new Row(u, readings.containsKey(u.recordId())
                            ? describe(readings.get(u.recordId())) : "")).toList();
                },
                context.taskState(), (List<Row> list) -> rows.setAll(list), e -> rows.clear());
    }

    /** The stored record behind a row, for showing its raw text. */
    public StoredRecord record(long id) {
        return context.session().workspace().records().byId(id).orElse(null);
    }

    private void applyFilter() {
        Source s = source.get();
        String q = Text.fold(search.get());
        ReasonKind k = reason.get();
        visible.setPredicate(r -> (s == null || r.record().source() == s) && (k == null || r.reasonKind() == k)
                && (q.isEmpty() || r.searchText().contains(q)));
    }

    /** What a person recognises a record by: a mail's subject, an event's title, a payment's amount and text. */
    static String describe(org.rebook.model.ParsedRecord p) {
        if (p instanceof org.rebook.model.MailMessage m) return nz(m.subject()) + (m.from() == null ? "" : " — " + m.from());
        if (p instanceof org.rebook.model.CalendarEntry e) {
            return nz(e.summary()) + (e.start() == null ? "" : " — " + e.start().toLocalDate());
        }
        org.rebook.model.Payment pay = (org.rebook.model.Payment) p;
        return pay.amount().toPlainString() + " " + nz(pay.currency()) + " " + pay.status().name().toLowerCase()
                + " — " + nz(pay.description()) + (pay.customerName() == null ? "" : " — " + pay.customerName());
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
