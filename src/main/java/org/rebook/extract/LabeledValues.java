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
            Matcher m = mayHoldPair(line) ? PAIR.matcher(line) : null;
            if (m != null && m.matches()) {
                String label = m.group(1);
                int base = offset;
                FieldLabels.field(label).ifPresent(f -> values.add(new Value(f, label.strip(), m.group(2).strip(),
                        base + m.start(2), base + m.end(2))));
            }
            offset += line.length() + 1;
        }
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
