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
}
