package org.rebook.reconcile;

import java.util.List;
import java.util.Locale;
import org.rebook.model.LinkWeight;

/**
 * The summed weight of evidence that a record belongs to a reservation (log-odds style: positive agrees,
 * negative disagrees), the part of it that identifies the customer, whether any identity field disagrees
 * outright, and each comparison's labelled weight (what a waterfall chart shows).
 */
record LinkScore(double total, double identity, boolean contradicted, List<LinkWeight> weights, List<Level> levels) {
    LinkScore {
        weights = List.copyOf(weights);
        levels = List.copyOf(levels);
    }

    /**
     * The record cannot be about this booking, whatever the customer: dated outside it, or money paid before
     * return to a booking already paid in full (a second booking's, or a sale that is no booking at all).
     */
    boolean outsideBooking() {
        return levels.contains(Level.PAID_OUTSIDE_PERIOD) || levels.contains(Level.PICKUP_OTHER_DAY)
                || levels.contains(Level.AMOUNT_ALREADY_PAID);
    }

    /** The names agree (fully, by initials, or but for a typo): the customer is plausibly the same person. */
    boolean nameAgrees() {
        return levels.contains(Level.NAME_SAME) || levels.contains(Level.NAME_INITIALS)
                || levels.contains(Level.NAME_ONE_EDIT) || levels.contains(Level.NAME_TWO_WORDS);
    }

    List<String> reasons() {
        return weights.stream().map(LinkWeight::comparison).toList();
    }

    String summary() {
        return String.join("; ", reasons()) + String.format(Locale.ROOT, " (weight %.1f)", total);
    }
}
