package org.rebook.ui.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.ui.reservations.ReservationRow;
import org.rebook.ui.reservations.ReservationsViewModel;

/**
 * Triage overview: how many reservations need a person, how pickups spread over the days around the incident
 * (by confidence), and who arrives in the next 72 hours. Derived from the loaded reservations.
 */
public final class DashboardViewModel {
    /** Pickups per day in three confidence bands. */
    public record DayCounts(LocalDate day, int sure, int likely, int doubtful) { }

    private final ReservationsViewModel reservations;
    private boolean pending;
    private final IntegerProperty autoAccepted = new SimpleIntegerProperty();
    private final IntegerProperty needsReview = new SimpleIntegerProperty();
    private final IntegerProperty cancelled = new SimpleIntegerProperty();
    private final IntegerProperty unmatched = new SimpleIntegerProperty();
    private final ObservableList<ReservationRow> arrivingSoon = FXCollections.observableArrayList();
    private final ObservableList<DayCounts> days = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<ReservationRow>> onOpen = new SimpleObjectProperty<>(r -> { });

    public DashboardViewModel(ReservationsViewModel reservations) {
        this.reservations = reservations;
        // A decision changes the rows in a few steps: count once, after the last of them.
        reservations.allRows().addListener((ListChangeListener<ReservationRow>) c -> {
            if (pending) return;
            pending = true;
            javafx.application.Platform.runLater(() -> {
                pending = false;
                recompute();
            });
        });
        recompute();
    }

    public IntegerProperty autoAcceptedProperty() { return autoAccepted; }

    public IntegerProperty needsReviewProperty() { return needsReview; }

    public IntegerProperty cancelledProperty() { return cancelled; }

    public IntegerProperty unmatchedProperty() { return unmatched; }

    public ObservableList<ReservationRow> arrivingSoon() { return arrivingSoon; }

    public ObservableList<DayCounts> days() { return days; }

    /** What opening a reservation does (the main window switches to it). */
    public ObjectProperty<Consumer<ReservationRow>> onOpenProperty() { return onOpen; }

    public void open(ReservationRow row) {
        if (row != null) onOpen.get().accept(row);
    }

    private void recompute() {
        int auto = 0, review = 0, off = 0;
        Map<LocalDate, int[]> perDay = new TreeMap<>();
        var session = reservations.session();
        ZoneId zone = session == null ? ZoneId.systemDefault() : session.service().zone();
        LocalDate from = session == null ? null : session.asOf().atZoneSameInstant(zone).toLocalDate().minusDays(7);
        LocalDate to = from == null ? null : from.plusDays(28);
        for (LocalDate d = from; d != null && d.isBefore(to); d = d.plusDays(1)) perDay.put(d, new int[3]); // empty days too
        for (ReservationRow r : reservations.allRows()) {
            var res = r.reservation();
            if (res.status() == ReservationStatus.CANCELLED) off++;
            else if (res.reviewState() != ReviewState.NEEDS_REVIEW) auto++; // accepted, by Rebook or by staff
            else review++;
            if (res.pickupAt() == null || from == null || res.status() == ReservationStatus.CANCELLED) continue;
            LocalDate day = r.pickupDay();
            if (day.isBefore(from) || !day.isBefore(to)) continue;
            int[] c = perDay.computeIfAbsent(day, d -> new int[3]);
            c[res.confidence() >= 0.9 ? 0 : res.confidence() >= 0.7 ? 1 : 2]++;
        }
        autoAccepted.set(auto);
        needsReview.set(review);
        cancelled.set(off);
        unmatched.set(reservations.unmatchedCount());
        arrivingSoon.setAll(reservations.allRows().stream().filter(ReservationRow::urgent).toList());
        days.setAll(perDay.entrySet().stream().map(e -> new DayCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList());
    }
}
