package org.rebook.reconcile;

import java.util.List;
import org.rebook.model.LinkWeight;

/** A record placed in a reservation: why it was linked, each comparison's weight, and how sure that link is. */
record Member(Observation observation, String reason, double confidence, List<LinkWeight> weights) {
    Member {
        weights = List.copyOf(weights);
    }

    /** A member that came with the reservation's own booking reference, or started it. */
    static Member byReference(Observation o, String reason, double confidence, String reference) {
        return new Member(o, reason, confidence,
                reference == null ? List.of() : List.of(new LinkWeight("same booking reference " + reference, REFERENCE_WEIGHT)));
    }

    /** The log-odds a shared booking reference is worth in explanations: near-certain. */
    static final double REFERENCE_WEIGHT = 15.0;
}
