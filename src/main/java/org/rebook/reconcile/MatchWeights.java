package org.rebook.reconcile;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The match weight of every comparison level, log2(m/u), with the number of labelled pairs it was estimated
 * from. Starts at the priors; {@link WeightEstimator} replaces them with estimates from the incident itself.
 * Kept with a workspace so a recompute around one decision weighs evidence exactly as the full run did.
 */
public final class MatchWeights {
    private final Map<Level, Double> weights;
    private final Map<Level, long[]> pairs;

    private MatchWeights(Map<Level, Double> weights, Map<Level, long[]> pairs) {
        this.weights = weights;
        this.pairs = pairs;
    }

    public static MatchWeights priors() {
        Map<Level, Double> w = new EnumMap<>(Level.class);
        for (Level l : Level.values()) w.put(l, l.prior);
        return new MatchWeights(w, new EnumMap<>(Level.class));
    }

    static MatchWeights of(Map<Level, Double> weights, Map<Level, long[]> pairs) {
        Map<Level, Double> w = new EnumMap<>(Level.class);
        for (Level l : Level.values()) w.put(l, weights.getOrDefault(l, l.prior));
        return new MatchWeights(w, new EnumMap<>(pairs));
    }

    double weight(Level level) { return weights.get(level); }

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
        return out.toString();
    }

    /** "LEVEL=weight:m pairs:u pairs;…", the form a workspace stores. */
    public String encode() {
        StringJoiner j = new StringJoiner(";");
        for (Level l : Level.values()) {
            long[] n = pairs.getOrDefault(l, new long[2]);
            j.add(l.name() + "=" + weights.get(l) + ":" + n[0] + ":" + n[1]); // full precision: read back equal
        }
        return j.toString();
    }

    /** Reads {@link #encode()}'s form; unknown levels are ignored and missing ones take their prior. */
    public static MatchWeights decode(String text) {
        if (text == null || text.isBlank()) return priors();
        Map<Level, Double> w = new EnumMap<>(Level.class);
        Map<Level, long[]> n = new EnumMap<>(Level.class);
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            Level level;
            try {
                level = Level.valueOf(part.substring(0, eq));
            } catch (IllegalArgumentException unknown) {
                continue; // written by a newer version
            }
            String[] v = part.substring(eq + 1).split(":");
            w.put(level, Double.parseDouble(v[0]));
            if (v.length == 3) n.put(level, new long[] {Long.parseLong(v[1]), Long.parseLong(v[2])});
        }
        return of(w, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchWeights m && m.weights.equals(weights);
    }

    @Override
    public int hashCode() { return weights.hashCode(); }
}
