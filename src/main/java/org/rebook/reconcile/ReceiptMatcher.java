package org.rebook.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;

/**
 * A payment receipt mail is a second copy of one charge: same amount, same card, minutes apart. Pairing it
 * with that charge first lets the receipt simply follow the charge, wherever the charge ends up. Each charge
 * takes at most one receipt; the closest in time wins.
 */
final class ReceiptMatcher {
    private static final long MAX_MINUTES = 36 * 60;

    private ReceiptMatcher() { }

    /** Receipt → the charge it restates, for the receipts that have one. */
    static Map<Observation, Observation> pair(List<Observation> receipts, List<Observation> payments) {
        // Indexed by amount and card, so a receipt looks at a handful of charges, not every charge of that amount.
        Map<String, List<Observation>> byAmount = new HashMap<>();
        for (Observation p : payments) {
            BookingFacts f = p.facts();
            if (f.kind() == DocumentKind.PAYMENT && f.amount() != null && f.recordedAt() != null
                    && f.paymentStatus() != PaymentStatus.FAILED) {
                byAmount.computeIfAbsent(key(f.amount(), f.cardLast4()), k -> new ArrayList<>()).add(p);
                if (f.cardLast4() != null) byAmount.computeIfAbsent(key(f.amount(), null), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Observation, Observation> out = new java.util.IdentityHashMap<>(); // records: identity, not deep equality
        Set<Observation> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Observation r : receipts) {
            BookingFacts rf = r.facts();
            if (rf.amount() == null || rf.recordedAt() == null) continue;
            Observation best = null;
            long bestMinutes = Long.MAX_VALUE;
            for (Observation p : byAmount.getOrDefault(key(rf.amount(), rf.cardLast4()), List.of())) {
                if (taken.contains(p)) continue;
                BookingFacts pf = p.facts();
                if (rf.cardLast4() != null && pf.cardLast4() != null && !rf.cardLast4().equals(pf.cardLast4())) continue;
                long minutes = Math.abs(Duration.between(pf.recordedAt(), rf.recordedAt()).toMinutes());
                boolean sameCustomer = rf.customerEmail() == null || pf.customerEmail() == null
                        || Keys.email(rf.customerEmail()).equals(Keys.email(pf.customerEmail()));
                if (minutes <= MAX_MINUTES && sameCustomer && minutes < bestMinutes) {
                    best = p;
                    bestMinutes = minutes;
                }
            }
            if (best != null) {
                out.put(r, best);
                taken.add(best);
            }
        }
        return out;
    }

    private static String key(java.math.BigDecimal amount, String last4) {
        return amount.stripTrailingZeros().toPlainString() + "|" + (last4 == null ? "" : last4);
    }

    /**
     * Adds each paired receipt to its charge's reservation, with the charge's confidence; a receipt whose charge is
     * unmatched, or whose charge's reservation staff kept it apart from, is unmatched with the reason.
     */
    static void place(Map<Observation, Observation> receiptOf, Map<String, Cluster> clusters,
                      List<org.rebook.model.UnmatchedRecord> unmatched, ClusterIndex index, Constraints constraints) {
        Map<Observation, Cluster> clusterOf = new java.util.IdentityHashMap<>();
        Map<Observation, Member> memberOf = new java.util.IdentityHashMap<>();
        for (Cluster c : clusters.values()) {
            for (Member m : c.members) {
                clusterOf.put(m.observation(), c);
                memberOf.put(m.observation(), m);
            }
        }
        List<Observation> ordered = new ArrayList<>(receiptOf.keySet());
        ordered.sort(RecordOrder.BY_ID);
        for (Observation receipt : ordered) {
            Observation payment = receiptOf.get(receipt);
            Cluster c = clusterOf.get(payment);
            String reason = "receipt for payment " + payment.nativeId() + " (same amount"
                    + (receipt.facts().cardLast4() != null ? ", card ending " + receipt.facts().cardLast4() : "") + ")";
            if (c == null) {
                unmatched.add(unmatched(receipt, reason + ", which is itself unmatched"));
            } else if (!constraints.allows(receipt.recordId(), c.recordIds)) {
                unmatched.add(unmatched(receipt, reason + ", whose reservation staff kept it apart from"));
            } else {
                Probe p = new Probe(receipt);
                c.add(new Member(receipt, reason, memberOf.get(payment).confidence(),
                        List.of(new org.rebook.model.LinkWeight(reason, 4.0))), p);
                index.index(c, p);
            }
        }
    }

    private static org.rebook.model.UnmatchedRecord unmatched(Observation o, String reason) {
        return new org.rebook.model.UnmatchedRecord(o.recordId(), o.source(), o.nativeId(), reason);
    }
}
