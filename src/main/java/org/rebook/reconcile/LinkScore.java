package org.rebook.reconcile;

import java.util.List;
import java.util.Locale;
import org.rebook.model.LinkWeight;

/**
 * The summed weight of evidence that a record belongs to a reservation (log-odds style: positive agrees,
 * negative disagrees), the part of it that identifies the customer, whether any identity field disagrees
 * outright, and each comparison's labelled weight (what a waterfall chart shows). {@code weights} starts with one
 * entry per level of {@code levels}, in order; entries without a level follow. {@code purposeWeight} is the part of
 * the total that says how seldom payments described so belong to any booking ({@link PaymentPurposes}).
 */
record LinkScore(double total, double identity, boolean contradicted, List<LinkWeight> weights, List<Level> levels,
                 double purposeWeight) {
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

    /**
     * Time or amount speaks strongly against this booking: a level this incident found at least
     * {@code 2^-RULED_OUT} times rarer between a record and its own booking than with another of the customer's
     * (a deposit paid at another booking's return, a rental payment of another amount), or one of the levels
     * {@link #outsideBooking()} names.
     */
    boolean ruledOut() {
        if (outsideBooking() || purposeWeight <= RULED_OUT) return true;
        for (int i = 0; i < levels.size(); i++) {
            if (!levels.get(i).comparison.identity && weights.get(i).weight() <= RULED_OUT) return true;
        }
        return false;
    }

    /** Weight (bits) from which one booking comparison alone rules a booking out: 16 to 1 against. */
    static final double RULED_OUT = -4.0;

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
