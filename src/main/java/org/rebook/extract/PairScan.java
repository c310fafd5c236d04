package org.rebook.extract;

/**
 * {@link LabeledValues}' pattern, {@code ^\s*[*•\-]?\s*([^:|\n]{1,40}?)\s*(?::|\||\s-\s|\t)\s*(.+?)\s*$}, matched by
 * hand on a line whose only whitespace is spaces and tabs: the pattern, run on every line of every mail with a
 * colon, dash or bar, was 1.7 s of CPU at 100 000 reservations. Tries the same choices in the same order as the
 * pattern's backtracking (greedy runs longest first, the label shortest first, separators in their order), so it
 * finds the same groups; {@code LabeledValuesTest} holds the two equal on many random lines.
 */
final class PairScan {
    private static final int MAX_LABEL = 40;

    private PairScan() { }

    /** Label start and end, value start and end; null when the line holds no pair. */
    static int[] scan(String line) {
        int n = line.length();
        int lead = run(line, 0);
        boolean[] failed = null; // label starts already tried: backtracking over leading blanks repeats them
        for (int w1 = lead; w1 >= 0; w1--) {
            boolean bullet = w1 < n && isBullet(line.charAt(w1));
            for (int b = bullet ? 1 : 0; b >= 0; b--) {
                int from = w1 + b;
                for (int q = run(line, from); q >= from; q--) {
                    if (failed != null && failed[q]) continue;
                    int[] found = fromLabel(line, q);
                    if (found != null) return found;
                    if (failed == null) failed = new boolean[n + 1];
                    failed[q] = true;
                }
            }
        }
        return null;
    }

    /** The match with the label starting at {@code q}: label shortest first, the blanks after it longest first. */
    private static int[] fromLabel(String line, int q) {
        int n = line.length();
        for (int len = 1; len <= MAX_LABEL && q + len <= n; len++) {
            int p = q + len;
            char last = line.charAt(p - 1);
            if (last == ':' || last == '|') return null; // no label holds one, so no longer label either
            for (int x = run(line, p); x >= p; x--) {
                int end = separatorEnd(line, x);
                if (end > 0) return new int[] {q, p, valueStart(line, end), valueEnd(line, end)};
            }
        }
        return null;
    }

    /**
     * Where the first separator at {@code x} that leaves a value ends: ':', '|', a blank-dash-blank, a tab, in the
     * pattern's order; -1 when none does. A value needs one character at least, which anything after the
     * separator gives (a lone blank included).
     */
    private static int separatorEnd(String line, int x) {
        int n = line.length();
        if (x >= n) return -1;
        char c = line.charAt(x);
        if ((c == ':' || c == '|') && x + 1 < n) return x + 1;
        if (blank(c) && x + 3 < n && line.charAt(x + 1) == '-' && blank(line.charAt(x + 2))) return x + 3;
        if (c == '\t' && x + 1 < n) return x + 1;
        return -1;
    }

    /** After the blanks that follow the separator; the last character when only blanks follow (the value's one). */
    private static int valueStart(String line, int end) {
        int v = run(line, end);
        return v == line.length() ? v - 1 : v;
    }

    private static int valueEnd(String line, int end) {
        int n = line.length();
        if (run(line, end) == n) return n;
        int t = n;
        while (blank(line.charAt(t - 1))) t--;
        return t;
    }

    /** The end of the run of blanks from {@code i}. */
    private static int run(String line, int i) {
        while (i < line.length() && blank(line.charAt(i))) i++;
        return i;
    }

    private static boolean blank(char c) { return c == ' ' || c == '\t'; }

    private static boolean isBullet(char c) { return c == '*' || c == '•' || c == '-'; }
}
