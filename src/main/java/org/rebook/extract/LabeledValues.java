package org.rebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Label: value" pairs in a text, one per line (also "Label - value" and "Label | value" as tables render).
 * Keeps every occurrence in order so callers can take the first, and where it was (for highlighting).
 */
public final class LabeledValues {
    private static final Pattern PAIR = Pattern.compile("^\\s*[*•\\-]?\\s*([^:|\\n]{1,40}?)\\s*(?::|\\||\\s-\\s|\\t)\\s*(.+?)\\s*$");

    /** One labelled value and its character span in the text. */
    public record Value(Field field, String label, String value, int start, int end) { }

    private final List<Value> values = new ArrayList<>();

    public LabeledValues(String text) {
        if (text == null) return;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int[] pair = mayHoldPair(line) ? pair(line) : null;
            if (pair != null) {
                String label = line.substring(pair[0], pair[1]);
                int base = offset;
                FieldLabels.field(label).ifPresent(f -> values.add(new Value(f, label.strip(),
                        line.substring(pair[2], pair[3]).strip(), base + pair[2], base + pair[3])));
            }
            offset += line.length() + 1;
        }
    }

    /** {@link #PAIR}'s groups on {@code line} (label start and end, value start and end), or null when it does not match. */
    static int[] pair(String line) {
        return plain(line) ? PairScan.scan(line) : byPattern(line);
    }

    /** The pattern itself: for lines with rare whitespace or line separators, and what {@link PairScan} must equal. */
    static int[] byPattern(String line) {
        Matcher m = PAIR.matcher(line);
        return m.matches() ? new int[] {m.start(1), m.end(1), m.start(2), m.end(2)} : null;
    }

    /** Whether the line's only whitespace is spaces and tabs and it holds no line separator {@code .} would refuse. */
    private static boolean plain(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    /**
     * False when the line has none of the separators a pair needs (':', '|', a tab, or the '-' of " - "): most
     * lines of a mail are prose, and the pattern's backtracking over them was a large share of reading mails.
     */
    private static boolean mayHoldPair(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '|' || c == '\t' || c == '-') return true;
        }
        return false;
    }

    public String first(Field field) {
        for (Value v : values) if (v.field() == field) return v.value();
        return null;
    }

    public List<Value> all() { return List.copyOf(values); }
}
