package org.rebook.reconcile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many booking records state each total price. A business's standard price ("€49 for a day") is the total
 * of many bookings, so a payment of exactly that amount says less about which booking it pays: the
 * term-frequency adjustment of the "amount equals the booking total" weight.
 */
final class PriceFrequency {
    static final double MAX_PENALTY = 4.0;

    private final Map<BigDecimal, Integer> count = new HashMap<>();
    private final double meanCount;

    PriceFrequency(List<Observation> observations) {
        long n = 0;
        for (Observation o : observations) {
            BigDecimal total = o.facts().totalPrice();
            if (o.facts().kind().describesBooking() && total != null) {
                count.merge(total.stripTrailingZeros(), 1, Integer::sum);
                n++;
            }
        }
        double sumSquares = 0;
        for (int k : count.values()) sumSquares += (double) k * k;
        meanCount = n == 0 ? 1 : sumSquares / n; // the average booking record's total is shared this often
    }

    /** As stored with a workspace: totals more than one booking record states, and the mean. */
    PriceFrequency(Map<BigDecimal, Integer> shared, double meanCount) {
        count.putAll(shared);
        this.meanCount = meanCount;
    }

    double meanCount() { return meanCount; }

    Map<BigDecimal, Integer> shared() { return TermFrequency.shared(count); }

    /** The term-frequency penalty of the "amount equals the booking total" weight. */
    double adjustment(BigDecimal total) {
        return TermFrequency.penalty(meanCount, count.getOrDefault(total.stripTrailingZeros(), 1), MAX_PENALTY);
    }
}
