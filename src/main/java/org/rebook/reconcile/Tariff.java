package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The business's usual price of a car for a number of days, learnt from the incident's booking records that
 * state a total. A booking known only from the calendar states no price, so a payment could not be weighed
 * against it; when most bookings of the same model and length cost the same, that price is the best guess of
 * what this one cost. Where prices vary (seasons, extras, discounts) no price is dominant and nothing is
 * guessed; how much a guessed price counts is estimated per incident like every other level.
 */
final class Tariff {
    /** Bookings of a model and length that must state a price before it is called usual. */
    static final int MIN_BOOKINGS = 3;
    /** Share of them that must agree on it. */
    static final double MIN_SHARE = 0.6;

    /** Deposits at least this many, and this share of the part-payments, before a deposit share is called usual. */
    static final int MIN_DEPOSITS = 10;
    static final double MIN_DEPOSIT_SHARE = 0.4;

    private final Map<String, BigDecimal> usual;
    /** The share of the total a deposit usually is (0.30), or null when the business has no such habit. */
    private final BigDecimal depositShare;

    private Tariff(Map<String, BigDecimal> usual, BigDecimal depositShare) {
        this.usual = usual;
        this.depositShare = depositShare;
    }

    static Tariff learn(List<Observation> observations) {
        Map<String, Map<BigDecimal, Integer>> seen = new HashMap<>();
        for (Observation o : observations) {
            var f = o.facts();
            if (!f.kind().describesBooking() || f.totalPrice() == null) continue;
            String key = key(Keys.folded(f.vehicle()), f.pickupAt(), f.returnAt());
            if (key != null) seen.computeIfAbsent(key, k -> new HashMap<>()).merge(f.totalPrice().stripTrailingZeros(), 1, Integer::sum);
        }
        Map<String, BigDecimal> usual = new TreeMap<>();
        seen.forEach((key, prices) -> {
            int all = prices.values().stream().mapToInt(Integer::intValue).sum();
            prices.entrySet().stream().max(Map.Entry.<BigDecimal, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .filter(top -> top.getValue() >= MIN_BOOKINGS && top.getValue() >= MIN_SHARE * all)
                    .ifPresent(top -> usual.put(key, top.getKey()));
        });
        return new Tariff(usual, depositShare(observations));
    }

    /**
     * Payments that carry a booking reference and pay part of the total that reference's booking states: if
     * most of them are the same share of it (to the nearest unit, as deposits are rounded), that is the usual
     * deposit. Shares from 10 % to 50 % in steps of 5 % are tried.
     */
    private static BigDecimal depositShare(List<Observation> observations) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Observation o : observations) {
            var f = o.facts();
            String ref = Keys.reference(f.reference());
            if (ref != null && f.kind().describesBooking() && f.totalPrice() != null) totals.putIfAbsent(ref, f.totalPrice());
        }
        List<BigDecimal[]> parts = new java.util.ArrayList<>();
        for (Observation o : observations) {
            var f = o.facts();
            String ref = Keys.reference(f.reference());
            BigDecimal total = ref == null ? null : totals.get(ref);
            if (total == null || f.kind() != org.rebook.model.DocumentKind.PAYMENT || f.amount() == null) continue;
            if (f.amount().signum() > 0 && f.amount().multiply(BigDecimal.valueOf(2)).compareTo(total) <= 0) {
                parts.add(new BigDecimal[] {f.amount(), total});
            }
        }
        BigDecimal best = null;
        int bestCount = 0;
        for (int percent = 10; percent <= 50; percent += 5) {
            BigDecimal share = BigDecimal.valueOf(percent, 2);
            int count = 0;
            for (BigDecimal[] p : parts) if (isShare(p[0], p[1], share)) count++;
            if (count > bestCount) {
                best = share;
                bestCount = count;
            }
        }
        return bestCount >= MIN_DEPOSITS && bestCount >= MIN_DEPOSIT_SHARE * parts.size() ? best : null;
    }

    /** Whether {@code amount} is {@code share} of {@code total}, give or take the rounding to a whole unit. */
    static boolean isShare(BigDecimal amount, BigDecimal total, BigDecimal share) {
        return amount.subtract(total.multiply(share)).abs().compareTo(BigDecimal.ONE) <= 0;
    }

    /** Whether the amount is the usual deposit of this total. */
    boolean isDeposit(BigDecimal amount, BigDecimal total) {
        return depositShare != null && isShare(amount, total, depositShare);
    }

    BigDecimal depositShare() { return depositShare; }

    /** As stored with a workspace ({@link #entries()}, {@link #depositShare()}). */
    static Tariff of(Map<String, BigDecimal> entries, BigDecimal depositShare) {
        return new Tariff(new TreeMap<>(entries), depositShare);
    }

    Map<String, BigDecimal> entries() { return usual; }

    /** The usual price of this model (folded) from pickup to return, or null when there is none. */
    BigDecimal usualPrice(String model, OffsetDateTime pickup, OffsetDateTime ret) {
        String key = key(model, pickup, ret);
        return key == null ? null : usual.get(key);
    }

    /** Days as a rental counts them: calendar days from the pickup date to the return date, at least one. */
    static long days(OffsetDateTime pickup, OffsetDateTime ret) {
        return Math.max(1, ChronoUnit.DAYS.between(pickup.toLocalDate(), ret.toLocalDate()));
    }

    private static String key(String model, OffsetDateTime pickup, OffsetDateTime ret) {
        if (model == null || pickup == null || ret == null || !ret.isAfter(pickup)) return null;
        return model + "|" + days(pickup, ret);
    }
}
