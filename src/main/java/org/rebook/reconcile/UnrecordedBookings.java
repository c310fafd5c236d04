package org.rebook.reconcile;

import java.util.List;

/**
 * How often a booking left money and nothing else: no confirmation mail, no calendar entry. Counted on the
 * bookings whose payments carry their reference, where it is known: such a reference's group holds a booking
 * record or not.
 *
 * <p>It is the other answer to "which of this customer's bookings is this payment for?": a booking no one
 * recorded. With {@code k} of the customer's bookings in sight and a share {@code q} of bookings left unrecorded,
 * about {@code k·q/(1−q)} more are out of sight; each in-sight booking is as likely a priori as each unseen one, and
 * a payment of an unseen booking compares with the ones in sight as with another booking of the customer, which is
 * what the booking weight (time and amount, log2 m/u) measures against. So a link is likelier than "a booking no
 * one recorded" when its booking weight beats {@code log2(k·q/(1−q))}.
 */
final class UnrecordedBookings {
    /** Fewer reference groups than this estimate nothing: the old rule (link unless ruled out) stands. */
    static final int MIN_GROUPS = 60;
    static final UnrecordedBookings NONE = new UnrecordedBookings(0, 0);

    final int groups;
    final int moneyOnly;

    UnrecordedBookings(int groups, int moneyOnly) {
        this.groups = groups;
        this.moneyOnly = moneyOnly;
    }

    /**
     * Counted on the reservations the first pass made of each reference, among those a payment's reference made:
     * a booking whose mails carry its reference is seen whether its money does or not, one known only from money
     * only when a payment does, so counting every reference would take the share for smaller than it is.
     */
    static UnrecordedBookings count(FirstPass pass) {
        int groups = 0;
        int moneyOnly = 0;
        for (List<Cluster> sameRef : pass.byReference.values()) {
            for (Cluster c : sameRef) {
                if (!c.holdsPayment()) continue;
                groups++;
                if (!c.hasBookingDetails()) moneyOnly++;
            }
        }
        return new UnrecordedBookings(groups, moneyOnly);
    }

    /** The share of bookings known only from their money; 0 when too few were counted to say. */
    double share() { return groups < MIN_GROUPS ? 0 : (double) moneyOnly / groups; }

    /**
     * The booking weight (bits) a payment's link to one of {@code inSight} bookings of its customer must beat to be
     * likelier than a booking no one recorded; minus infinity when the incident shows no such bookings.
     */
    double weightToBeat(int inSight) {
        double q = Math.min(share(), 0.5); // an incident of money alone still links a customer's one booking
        if (q <= 0 || inSight < 1) return Double.NEGATIVE_INFINITY;
        return Math.log(inSight * q / (1 - q)) / Math.log(2);
    }

    /** In words: how many referenced bookings left only money, and the weight a booking payment must then beat. */
    String describe() {
        if (share() <= 0) {
            return String.format(java.util.Locale.ROOT, "bookings known only from money: %d of %d referenced; not weighed "
                    + "(none, or fewer than %d references)", moneyOnly, groups, MIN_GROUPS);
        }
        return String.format(java.util.Locale.ROOT, "bookings known only from money: %d of %d referenced (%.1f %%); a booking "
                + "payment joins the customer's one booking in sight only with booking weight above %.1f", moneyOnly, groups,
                100 * share(), weightToBeat(1));
    }
}
