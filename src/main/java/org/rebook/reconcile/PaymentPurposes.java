package org.rebook.reconcile;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rebook.extract.Text;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;

/**
 * Which payment descriptions are bookings' payments, learnt from the incident rather than from words: of the
 * payments bearing a description, the share that found their booking with confidence during weight
 * estimation. "Car rental – deposit" payments find one about as often as payments in general; "Gift voucher"
 * payments almost never do. A payment whose description is a bookings' one and that fits no reservation is
 * money taken for a booking nobody else recorded: it is kept as a reservation of its own, not left aside.
 */
final class PaymentPurposes {
    /** Payments a description needs before its share says anything. */
    static final int MIN_SEEN = 20;
    /** A bookings' description finds its booking at least this fraction as often as payments overall. */
    static final double MIN_RELATIVE_SHARE = 0.5;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final PaymentPurposes NONE = new PaymentPurposes(Map.of());

    /** Per description key: {payments that found their booking, payments seen}. */
    private final Map<String, int[]> counts;
    private final int matched;
    private final int seen;
    /** Per description key that is not a bookings' one: {@link #priorWeight}, and its reason ({@link #seldom}). */
    private final Map<String, Double> priorWeights = new java.util.HashMap<>();
    private final Map<String, String> seldomReasons = new java.util.HashMap<>();

    PaymentPurposes(Map<String, int[]> counts) {
        this.counts = new TreeMap<>(counts);
        int m = 0, s = 0;
        for (int[] c : counts.values()) {
            m += c[0];
            s += c[1];
        }
        this.matched = m;
        this.seen = s;
        for (Map.Entry<String, int[]> e : this.counts.entrySet()) {
            int[] c = e.getValue();
            if (c[1] < MIN_SEEN || forBookings(e.getKey())) continue;
            // Log-odds of belonging to a booking at all, this description against payments overall.
            double odds = (c[0] + 0.5) / (c[1] - c[0] + 0.5);
            double overall = (matched + 0.5) / (seen - matched + 0.5);
            double w = Math.log(odds / overall) / Math.log(2);
            if (w < 0) {
                priorWeights.put(e.getKey(), Math.max(-WeightEstimator.MAX_WEIGHT, w));
                // Made once: scoring asks for it with every pair such a payment is compared in.
                String what = e.getKey().isEmpty() ? "payments without a description" : "'" + e.getKey() + "' payments";
                seldomReasons.put(e.getKey(), String.format(Locale.ROOT, "%s seldom belong to a booking (%.0f %% of %d found one)",
                        what, 100 * share(c), c[1]));
            }
        }
    }

    /**
     * How much less likely a payment described so ({@code key}) is to belong to any booking than payments in
     * general, as a weight (bits, zero or negative): a gift voucher bought by a customer is not their booking's
     * money, however well the customer matches. Zero for bookings' descriptions and those seen too rarely.
     */
    double priorWeight(String key) {
        if (key == null) return 0;
        return priorWeights.getOrDefault(key, 0.0);
    }

    /** A description as compared: folded, numbers and spacing evened out ("Deposit 2 cars" = "deposit # cars"). */
    static String key(String description) {
        if (description == null || description.isBlank()) return "";
        String folded = Text.fold(description).toLowerCase(Locale.ROOT);
        return SPACES.matcher(DIGITS.matcher(folded).replaceAll("#")).replaceAll(" ").strip();
    }

    /** Counts payments while weights are estimated: one call per payment, {@code found} when its booking was. */
    static final class Tally {
        private final Map<String, int[]> counts = new java.util.HashMap<>();

        void add(String description, boolean found) {
            int[] c = counts.computeIfAbsent(key(description), k -> new int[2]);
            if (found) c[0]++;
            c[1]++;
        }

        PaymentPurposes purposes() { return new PaymentPurposes(counts); }
    }

    /** A payment that went through and is described as this incident's bookings' payments are. */
    boolean isBookingPayment(BookingFacts f) {
        return f.kind() == DocumentKind.PAYMENT && f.paymentStatus() != PaymentStatus.FAILED && f.amount() != null
                && forBookings(f.purpose());
    }

    /** True when payments described so are bookings' payments in this incident. */
    boolean forBookings(String description) {
        int[] c = counts.get(key(description));
        if (c == null || c[1] < MIN_SEEN || seen == 0 || matched == 0) return false;
        return share(c) >= MIN_RELATIVE_SHARE * matched / seen;
    }

    /** Why, in words: "'car rental – deposit' payments found their booking in 64 % of 812 checked (all payments: 61 %)". */
    String explain(String description) {
        int[] c = counts.get(key(description));
        if (c == null) return "";
        String what = key(description).isEmpty() ? "payments without a description" : "'" + key(description) + "' payments";
        return String.format(Locale.ROOT, "%s found their booking in %.0f %% of %d checked (all payments: %.0f %%)",
                what, 100 * share(c), c[1], 100.0 * matched / seen);
    }

    /** The reason shown with {@link #priorWeight} ({@code key} a description key): "'gift voucher' payments seldom belong to a booking (1 % of 312 found one)". */
    String seldom(String key) {
        return seldomReasons.getOrDefault(key, "");
    }

    /** A table for {@code rebook reconcile --show-weights}, most common descriptions first. */
    String describe() {
        StringBuilder out = new StringBuilder("payment description\tfound their booking\tchecked\tbookings' payments\n");
        counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .forEach(e -> out.append(e.getKey().isEmpty() ? "(none)" : e.getKey()).append('\t')
                        .append(String.format(Locale.ROOT, "%.0f %%", 100 * share(e.getValue()))).append('\t')
                        .append(e.getValue()[1]).append('\t').append(forBookings(e.getKey()) ? "yes" : "no").append('\n'));
        return out.toString();
    }

    private static double share(int[] c) { return (double) c[0] / c[1]; }

    /** Entries for {@link Scoring#encode()}: description key, found, seen. */
    Map<String, int[]> entries() { return counts; }
}
