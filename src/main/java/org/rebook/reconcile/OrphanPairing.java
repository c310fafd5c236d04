package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last pass over booking payments that found no reservation: a payment whose customer's name agrees with
 * exactly one reservation that holds booking details but no money yet, where that reservation is the only one
 * such a payment points to, is paired with it.
 *
 * <p>Why the pair is likelier than either alone: each payment belongs to at most one booking and nearly every
 * booking is paid, so a booking with nothing paid and a booking payment with no booking are each missing what
 * the other is. Taken one at a time (the linker's question: which of this customer's bookings is it?) a payment
 * from a work address with a name several customers share stays below the threshold; the one-to-one
 * constraint of record linkage (each side has one counterpart) answers what the weights alone cannot. Pairs
 * that are not mutual (two payments for one booking, one payment fitting two bookings) are left apart: those
 * need a person. Every pairing is left for review.
 */
final class OrphanPairing {
    private OrphanPairing() { }

    /** A payment (as scored) and the reservation it pairs with, with the score that explains it. */
    record Pair(Probe probe, Cluster cluster, LinkScore score) {
        String reason() {
            return "the only reservation of this customer with nothing paid, and the only one this booking payment fits; "
                    + score.summary();
        }
    }

    /**
     * The pairs among {@code orphans} (booking payments no reservation took), judged by {@code scorer};
     * {@code allowed} says whether staff decisions let a record join a reservation.
     */
    static Map<Observation, Pair> pair(List<Observation> orphans, ClusterIndex index, LinkScorer scorer,
                                       java.util.function.BiPredicate<Observation, Cluster> allowed) {
        Map<Observation, Pair> only = new LinkedHashMap<>();
        Map<Cluster, Integer> suitors = new HashMap<>();
        for (Observation o : orphans) {
            Probe p = new Probe(o);
            List<Pair> fits = new ArrayList<>(1);
            for (Cluster c : index.candidatesUncounted(p)) {
                if (!unpaidBooking(c) || !c.hasRoomFor(p) || !allowed.test(o, c)) continue;
                LinkScore s = scorer.score(p, c);
                if (s.nameAgrees() && !s.ruledOut() && s.total() > 0) fits.add(new Pair(p, c, s));
            }
            if (fits.size() != 1) continue;
            Pair fit = fits.get(0);
            only.put(o, fit);
            suitors.merge(fit.cluster(), 1, Integer::sum);
        }
        only.values().removeIf(pair -> suitors.get(pair.cluster()) > 1);
        return only;
    }

    /** A reservation built from a calendar entry or booking mail that no payment has joined. */
    private static boolean unpaidBooking(Cluster c) {
        return c.paid.signum() == 0 && c.hasBookingDetails();
    }
}
