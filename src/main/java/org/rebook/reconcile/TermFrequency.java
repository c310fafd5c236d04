package org.rebook.reconcile;

import java.util.Map;
import java.util.TreeMap;

/** The term-frequency rule names and prices share, and the part of a frequency table worth storing. */
final class TermFrequency {
    /** Values shared by up to this many times the typical number weigh as their level says. */
    static final double TYPICAL_SPREAD = 2.0;

    private TermFrequency() { }

    /**
     * log2 of how far {@code count} exceeds {@link #TYPICAL_SPREAD} × {@code typical}, as a penalty of at most
     * {@code max}; zero for typical and rare values: the level weight is what a typical value is worth, and a
     * bonus for rare ones would only let weak links through the identity gate.
     */
    static double penalty(double typical, int count, double max) {
        double a = Math.log(TYPICAL_SPREAD * typical / Math.max(1, count)) / Math.log(2);
        return Math.max(-max, Math.min(0, a));
    }

    /** Entries seen more than once, sorted: what a workspace keeps (the rest count as 1). */
    static <K extends Comparable<K>> Map<K, Integer> shared(Map<K, Integer> counts) {
        Map<K, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> { if (v > 1) out.put(k, v); });
        return out;
    }
}
