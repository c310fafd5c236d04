package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.rebook.model.LinkWeight;

/**
 * The summed weight of evidence that a record belongs to a reservation (log-odds style: positive agrees,
 * negative disagrees), the part of it that identifies the customer, whether any identity field disagrees
 * outright, and each comparison's labelled weight (what a waterfall chart shows). The first {@link #levelCount()}
 * entries are one per comparison level, in the order they were made. {@code purposeWeight} is the part of the total
 * that says how seldom payments described so belong to any booking ({@link PaymentPurposes}), shown when negative;
 * entries without a level (a lift to a surer link's identity) follow.
 *
 * <p>Labels are written only when asked for: a record is scored against every reservation blocking brings up
 * (millions of pairs at 100k reservations) and only the chosen link's reasons are ever read, so each label is kept
 * as its text or as a {@link Supplier} of it, over values fixed when the score was made.
 */
final class LinkScore {
    private final double total;
    private final double identity;
    private final boolean contradicted;
    private final Level[] levels;
    private final double[] values;
    private final Object[] labels;
    private final int levelled;
    /** Entries in use: the arrays may be longer. */
    private final int count;
    private final double purposeWeight;
    private final Supplier<String> purposeLabel;
    /** The identity this record's own details give, before any {@link #lifted lift}. */
    private final double ownIdentity;
    private List<LinkWeight> weights;

    LinkScore(double total, double identity, boolean contradicted, Level[] levels, double[] values, Object[] labels,
              int levelled, double purposeWeight, Supplier<String> purposeLabel) {
        this(total, identity, contradicted, levels, values, labels, levelled, levelled, purposeWeight, purposeLabel, identity);
    }

    private LinkScore(double total, double identity, boolean contradicted, Level[] levels, double[] values,
                      Object[] labels, int levelled, int count, double purposeWeight, Supplier<String> purposeLabel,
                      double ownIdentity) {
        this.total = total;
        this.identity = identity;
        this.contradicted = contradicted;
        this.levels = levels;
        this.values = values;
        this.labels = labels;
        this.levelled = levelled;
        this.count = count;
        this.purposeWeight = purposeWeight;
        this.purposeLabel = purposeLabel;
        this.ownIdentity = ownIdentity;
    }

    double total() { return total; }

    double identity() { return identity; }

    /** The identity the record's own comparison with this reservation gives, before any {@link #lifted lift}. */
    double ownIdentity() { return ownIdentity; }

    /**
     * What time and amount say about the booking: the total less identity, rounded so two equal sums added up in
     * another order still tie (identity then decides) instead of the last bit of a double choosing.
     */
    double bookingWeight() { return bookingWeight(total, identity); }

    static double bookingWeight(double total, double identity) { return Math.rint((total - identity) * 1e6) / 1e6; }

    boolean contradicted() { return contradicted; }

    double purposeWeight() { return purposeWeight; }

    int levelCount() { return levelled; }

    Level level(int i) { return levels[i]; }

    boolean has(Level level) {
        for (int i = 0; i < levelled; i++) if (levels[i] == level) return true;
        return false;
    }

    /** Every comparison with its label and weight, in order: what a link's evidence keeps. */
    synchronized List<LinkWeight> weights() {
        if (weights == null) {
            List<LinkWeight> out = new ArrayList<>(count + 1);
            for (int i = 0; i < levelled; i++) out.add(new LinkWeight(label(labels[i]), values[i]));
            if (purposeWeight < 0) out.add(new LinkWeight(purposeLabel.get(), purposeWeight));
            for (int i = levelled; i < count; i++) out.add(new LinkWeight(label(labels[i]), values[i]));
            weights = Collections.unmodifiableList(out);
        }
        return weights;
    }

    private static String label(Object label) {
        return label instanceof Supplier<?> s ? String.valueOf(s.get()) : (String) label;
    }

    /**
     * This score with the customer's identity lifted to that of a surer link of the same customer, whose identity
     * {@code contradicted} something or not, and one more labelled entry saying so.
     */
    LinkScore lifted(double toIdentity, boolean contradicted, String label) {
        double lift = toIdentity - identity;
        int n = count;
        double[] v = Arrays.copyOf(values, n + 1);
        Object[] s = Arrays.copyOf(labels, n + 1);
        v[n] = lift;
        s[n] = label;
        // Entries past the levelled ones have no level, so the levels are shared as they are.
        return new LinkScore(total + lift, toIdentity, contradicted, levels, v, s, levelled, n + 1, purposeWeight, purposeLabel,
                ownIdentity);
    }

    /**
     * The record cannot be about this booking, whatever the customer: dated outside it, or money paid before
     * return to a booking already paid in full (a second booking's, or a sale that is no booking at all).
     */
    boolean outsideBooking() {
        return has(Level.PAID_OUTSIDE_PERIOD) || has(Level.PICKUP_OTHER_DAY) || has(Level.AMOUNT_ALREADY_PAID);
    }

    /**
     * Never linked, whatever else agrees: the record cannot be about this booking ({@link #outsideBooking()}), or
     * it is money of a description that seldom pays for any booking ({@link PaymentPurposes}): a repeat customer's
     * payment for a booking no other record shows, dated outside the one the customer's identity would join it to;
     * a gift voucher bought by someone with a booking. Such money becomes a reservation of its own, or stays
     * unmatched with the reason, for a person to place. (On the 100 000-reservation high-noise demo this took the
     * missed bookings with pickups in the next 7 days from 187 to 161, and did no harm at 10 000.)
     */
    boolean excluded() { return outsideBooking() || purposeWeight <= RULED_OUT; }

    /**
     * Time or amount speaks strongly against this booking: a level this incident found at least
     * {@code 2^-RULED_OUT} times rarer between a record and its own booking than with another of the customer's
     * (a deposit paid at another booking's return, a rental payment of another amount), or one of the levels
     * {@link #outsideBooking()} names.
     */
    boolean ruledOut() {
        if (excluded()) return true;
        for (int i = 0; i < levelled; i++) {
            if (!levels[i].comparison.identity && values[i] <= RULED_OUT) return true;
        }
        return false;
    }

    /** Weight (bits) from which one booking comparison alone rules a booking out: 16 to 1 against. */
    static final double RULED_OUT = -4.0;

    /** The names agree (fully, by initials, or but for a typo): the customer is plausibly the same person. */
    boolean nameAgrees() {
        return has(Level.NAME_SAME) || has(Level.NAME_INITIALS) || has(Level.NAME_ONE_EDIT) || has(Level.NAME_TWO_WORDS);
    }

    List<String> reasons() {
        return weights().stream().map(LinkWeight::comparison).toList();
    }

    String summary() {
        return String.join("; ", reasons()) + String.format(Locale.ROOT, " (weight %.1f)", total);
    }
}
