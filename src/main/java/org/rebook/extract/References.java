package org.rebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds booking references in free text. A configurable pattern (the business's own format) is tried first;
 * then default shapes common to booking systems: {@code PX-7F3K9Q}, {@code R2024-00873}, {@code BK2024001},
 * {@code #104233}. Defaults require a digit so plain words never match, and skip Stripe receipt numbers
 * ({@code #1234-5678}).
 */
public final class References {
    // Every shape starts with a capital or '#': the look-ahead rejects most places before the look-behinds run.
    private static final Pattern DEFAULT = Pattern.compile(
            "(?=[A-Z#])(?:(?<![\\w-])(?:"
                    + "[A-Z]{1,4}-(?=[A-Z0-9]*\\d)[A-Z0-9]{5,12}"      // PX-7F3K9Q
                    + "|[A-Z]{1,3}\\d{4}-\\d{3,8}"                    // R2024-00873
                    + "|[A-Z]{2,4}\\d{6,12}"                          // BK2024001
                    + ")(?![\\w-])"
                    + "|(?<![\\w#])#(\\d{5,12})(?![\\w-]))");          // #104233
    private static final Pattern CLEAN = Pattern.compile("[^A-Z0-9-]");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,;]+");

    private final Pattern custom;

    public References(String customPattern) {
        this.custom = customPattern == null || customPattern.isBlank() ? null : Pattern.compile(customPattern);
    }

    public static References defaults() { return new References(null); }

    /** The first reference in text, normalised (upper case, no '#'). */
    public Optional<String> find(String text) {
        List<String> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public List<String> findAll(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        if (custom != null) {
            Matcher m = custom.matcher(text);
            while (m.find()) add(out, m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group());
            if (!out.isEmpty()) return out;
        }
        Matcher m = DEFAULT.matcher(text);
        while (m.find()) add(out, m.group(1) != null ? m.group(1) : m.group());
        return out;
    }

    /** Normalises a labelled value ("#104233", "px-7f3k9q ") to the form references are compared in. */
    public Optional<String> normaliseLabelled(String value) {
        if (value == null) return Optional.empty();
        String first = WORD_BREAKS.split(value.strip())[0];
        String n = normalise(first);
        return n.length() >= 4 && n.chars().anyMatch(Character::isDigit) ? Optional.of(n) : find(value);
    }

    public static String normalise(String ref) {
        return CLEAN.matcher(ref.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private static void add(List<String> out, String ref) {
        String n = normalise(ref);
        if (!n.isEmpty() && !out.contains(n)) out.add(n);
    }
}
