package org.rebook.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a reconcile run decided: the reservations and the records left out of them, and how many
 * record–reservation pairs each blocking rule proposed for comparison (how the work grows with the incident).
 */
public record ReconcileResult(List<Reservation> reservations, List<UnmatchedRecord> unmatched, Map<String, Long> blockingPairs) {
    public ReconcileResult {
        reservations = List.copyOf(reservations);
        unmatched = List.copyOf(unmatched);
        blockingPairs = blockingPairs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(blockingPairs));
    }

    public ReconcileResult(List<Reservation> reservations, List<UnmatchedRecord> unmatched) {
        this(reservations, unmatched, Map.of());
    }
}
