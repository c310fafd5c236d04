package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order estimation and linking read records in: by source, then native id. Both sort what they are given
 * into it, so results do not depend on the input's order; a list already in it is only checked.
 */
public final class RecordOrder {
    /** Source, then native id: a total order on records that builds no strings. */
    static final Comparator<Observation> BY_ID = Comparator.comparing((Observation o) -> o.source().code())
            .thenComparing(Observation::nativeId);

    /**
     * Booking records without a reference, in the order they are linked: confirmations, then calendar entries, then
     * modifications (each starts or joins what the one before it describes), each kind by time, then by id.
     */
    static final Comparator<Observation> BOOKINGS_FIRST = Comparator.comparingInt((Observation o) -> seedOrder(o.facts().kind()))
            .thenComparing(o -> o.facts().recordedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_ID);

    private RecordOrder() { }

    private static int seedOrder(org.rebook.model.DocumentKind k) {
        return switch (k) {
            case BOOKING_CONFIRMATION -> 0;
            case BOOKING_EVENT -> 1;
            case BOOKING_MODIFICATION -> 2;
            default -> 3;
        };
    }

    /** {@code input} in this order, as a new list: sorted once, for both steps. */
    public static List<Observation> sorted(List<Observation> input) {
        List<Observation> out = new ArrayList<>(input);
        ParallelSort.sort(out, BY_ID);
        return out;
    }
}
