package org.rebook.reconcile;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The match weight of every comparison level, log2(m/u), with the number of labelled pairs it was estimated
 * from. Starts at the priors; {@link WeightEstimator} replaces them with estimates from the incident itself.
 * Kept with a workspace so a recompute around one decision weighs evidence exactly as the full run did.
 *
 * <p>When and how much a payment is paid depends on what it is for: a booking's payment comes at booking or
 * pickup and is the price or a share of it; a fuel charge comes after return and is neither. So the timing and
 * amount levels are also estimated per payment description ({@link PaymentPurposes#key}) that has enough pairs,
 * shrunk toward the overall weight, and a payment is weighed with its own description's table.
 */
public final class MatchWeights {
    /** Comparisons whose weights are estimated per payment description. */
    static final java.util.Set<Comparison> BY_PURPOSE = java.util.EnumSet.of(Comparison.PAID_AT, Comparison.AMOUNT);

    private final Map<Level, Double> weights;
    private final Map<Level, long[]> pairs;
    /** Per description key: its own weights for the {@link #BY_PURPOSE} levels, and the pairs behind them. */
    private final Map<String, Map<Level, Double>> byPurpose;
    private final Map<String, Map<Level, long[]>> purposePairs;

    private MatchWeights(Map<Level, Double> weights, Map<Level, long[]> pairs, Map<String, Map<Level, Double>> byPurpose,
                         Map<String, Map<Level, long[]>> purposePairs) {
        this.weights = weights;
        this.pairs = pairs;
        this.byPurpose = byPurpose;
        this.purposePairs = purposePairs;
    }

    public static MatchWeights priors() {
        Map<Level, Double> w = new EnumMap<>(Level.class);
        for (Level l : Level.values()) w.put(l, l.prior);
        return new MatchWeights(w, new EnumMap<>(Level.class), Map.of(), Map.of());
    }

    static MatchWeights of(Map<Level, Double> weights, Map<Level, long[]> pairs) {
        return of(weights, pairs, Map.of(), Map.of());
    }

    static MatchWeights of(Map<Level, Double> weights, Map<Level, long[]> pairs, Map<String, Map<Level, Double>> byPurpose,
                           Map<String, Map<Level, long[]>> purposePairs) {
        Map<Level, Double> w = new EnumMap<>(Level.class);
        for (Level l : Level.values()) w.put(l, weights.getOrDefault(l, l.prior));
        Map<String, Map<Level, Double>> bp = new TreeMap<>();
        byPurpose.forEach((k, v) -> bp.put(k, new EnumMap<>(v)));
        Map<String, Map<Level, long[]>> pp = new TreeMap<>();
        purposePairs.forEach((k, v) -> pp.put(k, v.isEmpty() ? new EnumMap<>(Level.class) : new EnumMap<>(v)));
        return new MatchWeights(w, new EnumMap<>(pairs), bp, pp);
    }

    double weight(Level level) { return weights.get(level); }

    /** The weight of {@code level} for a payment described so ({@code purpose} a description key, or null). */
    double weight(Level level, String purpose) {
        if (purpose != null) {
            Map<Level, Double> own = byPurpose.get(purpose);
            if (own != null) {
                Double w = own.get(level);
                if (w != null) return w;
            }
        }
        return weights.get(level);
    }

    /** Whether any weight came from data rather than the priors. */
    public boolean estimated() { return !pairs.isEmpty(); }

    /** One line per level: prior, estimate, and the matching / non-matching pairs behind it. */
    public String describe() {
        StringBuilder out = new StringBuilder("level\tprior\tweight\tm pairs\tu pairs\n");
        for (Level l : Level.values()) {
            long[] n = pairs.getOrDefault(l, new long[2]);
            out.append(String.format(Locale.ROOT, "%s\t%.1f\t%.2f\t%d\t%d%n", l.name().toLowerCase(Locale.ROOT), l.prior,
                    weights.get(l), n[0], n[1]));
        }
        byPurpose.forEach((purpose, own) -> own.forEach((l, w) -> {
            if (Math.abs(w - weights.get(l)) < 0.5) return; // only where the description changes the weight
            long[] n = purposePairs.getOrDefault(purpose, Map.of()).getOrDefault(l, new long[2]);
            out.append(String.format(Locale.ROOT, "%s for '%s'\t\t%.2f\t%d\t%d%n", l.name().toLowerCase(Locale.ROOT),
                    purpose.isEmpty() ? "(no description)" : purpose, w, n[0], n[1]));
        }));
        return out.toString();
    }

    /** "LEVEL=weight:m pairs:u pairs;…", the form a workspace stores. */
    public String encode() {
        StringJoiner j = new StringJoiner(";");
        for (Level l : Level.values()) {
            long[] n = pairs.getOrDefault(l, new long[2]);
            j.add(l.name() + "=" + weights.get(l) + ":" + n[0] + ":" + n[1]); // full precision: read back equal
        }
        // LEVEL@description=…: a version that does not know the form skips it as an unknown level.
        byPurpose.forEach((purpose, own) -> own.forEach((l, w) -> {
            long[] n = purposePairs.getOrDefault(purpose, Map.of()).getOrDefault(l, new long[2]);
            j.add(l.name() + "@" + URLEncoder.encode(purpose, StandardCharsets.UTF_8) + "=" + w + ":" + n[0] + ":" + n[1]);
        }));
        return j.toString();
    }

    /** Reads {@link #encode()}'s form; unknown levels are ignored and missing ones take their prior. */
    public static MatchWeights decode(String text) {
        if (text == null || text.isBlank()) return priors();
        Map<Level, Double> w = new EnumMap<>(Level.class);
        Map<Level, long[]> n = new EnumMap<>(Level.class);
        Map<String, Map<Level, Double>> bp = new TreeMap<>();
        Map<String, Map<Level, long[]>> pp = new TreeMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            String name = part.substring(0, eq);
            int at = name.indexOf('@');
            Level level;
            try {
                level = Level.valueOf(at < 0 ? name : name.substring(0, at));
            } catch (IllegalArgumentException unknown) {
                continue; // written by a newer version
            }
            String[] v = part.substring(eq + 1).split(":");
            long[] pairs = v.length == 3 ? new long[] {Long.parseLong(v[1]), Long.parseLong(v[2])} : null;
            if (at >= 0) {
                String purpose = URLDecoder.decode(name.substring(at + 1), StandardCharsets.UTF_8);
                bp.computeIfAbsent(purpose, k -> new EnumMap<>(Level.class)).put(level, Double.parseDouble(v[0]));
                if (pairs != null) pp.computeIfAbsent(purpose, k -> new EnumMap<>(Level.class)).put(level, pairs);
                continue;
            }
            w.put(level, Double.parseDouble(v[0]));
            if (pairs != null) n.put(level, pairs);
        }
        return of(w, n, bp, pp);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchWeights m && m.weights.equals(weights) && m.byPurpose.equals(byPurpose);
    }

    @Override
    public int hashCode() { return weights.hashCode() * 31 + byPurpose.hashCode(); }
}
