package org.rebook.model;

import java.util.List;

/** Everything a reconcile run decided: the reservations and the records left out of them. */
public record ReconcileResult(List<Reservation> reservations, List<UnmatchedRecord> unmatched) {
    public ReconcileResult {
        reservations = List.copyOf(reservations);
        unmatched = List.copyOf(unmatched);
    }
}
