package org.rebook.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding used for comparing labels and names across languages. */
public final class Text {

    private Text() { }

    /** Lowercase, accents removed, whitespace collapsed: "Pick-Up  Datum" → "pick-up datum". */
    public static String fold(String s) {
        if (s == null) return "";
        if (ascii(s)) return foldAscii(s); // most text: nothing to decompose, and far cheaper
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String plain = withoutMarks(decomposed)
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
                .replace('đ', 'd').replace('æ', 'a').replace('œ', 'o');
        return foldAscii(plain.toLowerCase(Locale.ROOT)); // upper case is gone: only its blanks are collapsed
    }

    /** What replacing {@code \p{M}+} by nothing gives, without the pattern: every mark's code point dropped. */
    private static String withoutMarks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (out != null) {
                out.append(s, i, next);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * {@code fold(s)} cut to its first {@code length} characters, folding only as much of {@code s} as that needs:
     * a classifier reading the start of a mail folded whole bodies to look at 4 000 characters. {@code s} is cut
     * just before a space or line break; every step of folding is local (a starter like the space ends every
     * decomposition and reordering, a word's end is the same either side of it, a whitespace run cut there only
     * loses its end to {@code strip}), so the folded start is a prefix of the folded whole. When it comes out
     * shorter than {@code length} (much whitespace, many accents) the whole is folded.
     */
    public static String foldStart(String s, int length) {
        if (s == null) return "";
        int cut = -1;
        for (int i = Math.max(length + length / 2, 0); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                cut = i;
                break;
            }
        }
        String folded = cut < 0 ? fold(s) : fold(s.substring(0, cut));
        if (folded.length() < length && cut >= 0) folded = fold(s);
        return folded.length() > length ? folded.substring(0, length) : folded;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /**
     * {@link #fold} for ASCII text: A–Z lowercased, runs of regex whitespace ({@code \s}) to one space, stripped.
     * Other characters pass unchanged, so it also ends the general fold once the text is lowercased.
     */
    private static String foldAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) out.append(' ');
                inSpace = true;
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                inSpace = false;
            }
        }
        return out.toString().strip();
    }

    /**
     * Like {@link #fold} but one output char per input char (whitespace becomes a space, nothing is
     * collapsed), so match positions in the folded text are positions in the original.
     */
    public static String foldKeepLength(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                out.append(' ');
            } else if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String d = withoutMarks(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD));
                out.append(d.length() == 1 ? Character.toLowerCase(d.charAt(0)) : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    public static boolean isBlank(String s) { return s == null || s.isBlank(); }

    public static String firstNonBlank(String... values) {
        for (String v : values) if (!isBlank(v)) return v.strip();
        return null;
    }
}
