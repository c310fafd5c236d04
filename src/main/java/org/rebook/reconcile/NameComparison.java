package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * How two names compare, word by word: one letter off, initials for full words either way round, or the same
 * family name with another given name. Names come as {@link Keys#nameTokensWithInitials} or {@link Keys#nameTokens}.
 */
final class NameComparison {
    private NameComparison() { }

    /**
     * Graded "close" level: the same words but one of them one edit away (typo, transposed letters), as in
     * "Maria Slva" / "Maria Silva". Words shorter than four letters must match exactly.
     */
    static boolean closeName(List<String> a, List<String> clusterName) {
        return closeTokens(a, clusterName.stream().filter(t -> t.length() > 1).map(Nicknames::full).sorted().toList());
    }

    /** {@link #closeName} with the reservation's name already as full words, sorted. */
    static boolean closeTokens(List<String> a, List<String> b) {
        if (a.size() < 2 || a.size() != b.size()) return false;
        int edits = 0;
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) continue;
            if (x.length() < 4 || y.length() < 4 || !oneEdit(x, y)) return false;
            edits++;
        }
        return edits == 1;
    }

    /** Damerau–Levenshtein distance exactly 1 (insert, delete, substitute or swap two neighbours). */
    static boolean oneEdit(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) return false;
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
        if (x.length() == y.length()) {
            if (i == x.length()) return false;
            if (x.substring(i + 1).equals(y.substring(i + 1))) return true;
            return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /**
     * "O. Nyström" and "Oskar Nyström", "NYSTRÖM Oskar": every full word of one appears in the other, every
     * initial starts an unmatched word of the other, and at least one full word is shared.
     */
    static boolean sameWithInitials(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        // Either side may be the abbreviated one, whatever the word counts: "B. Brandão" / "Beatriz Brandão".
        return coveredWithInitials(a, b) || coveredWithInitials(b, a);
    }

    /**
     * Every full word of {@code abbreviated} is a word of {@code full}, every initial starts one of the rest (each
     * word of {@code full} used once, the first that fits). Called for every candidate pair, so it allocates
     * nothing: the words of {@code full} already used are bits.
     */
    private static boolean coveredWithInitials(List<String> abbreviated, List<String> full) {
        if (abbreviated.size() > full.size() || full.size() > 63) return false;
        long used = 0;
        int fullShared = 0;
        // Index loops: this runs for millions of pairs, and its iterators were about a tenth of linking's garbage.
        for (int i = 0; i < abbreviated.size(); i++) {
            String t = abbreviated.get(i);
            if (t.length() > 1) {
                int j = firstUnused(full, used, t, false);
                if (j < 0) return false;
                used |= 1L << j;
                fullShared++;
            }
        }
        for (int i = 0; i < abbreviated.size(); i++) {
            String t = abbreviated.get(i);
            if (t.length() == 1) {
                int j = firstUnused(full, used, t, true);
                if (j < 0) return false;
                used |= 1L << j;
            }
        }
        return fullShared >= 1;
    }

    /** The first word of {@code words} not in {@code used} that is {@code t}, or starts with it when {@code initial}; -1 if none. */
    private static int firstUnused(List<String> words, long used, String t, boolean initial) {
        for (int j = 0; j < words.size(); j++) {
            if ((used & 1L << j) != 0) continue;
            String w = words.get(j);
            if (initial ? w.charAt(0) == t.charAt(0) : w.equals(t)) return j;
        }
        return -1;
    }

    /**
     * True when every name of the reservation that shares a word with {@code a} has another word (or initial)
     * that none of {@code a}'s other words or initials can be: the same family name, another given name. Names
     * are {@link #words}. Called for every pair of names sharing one word, so it allocates nothing.
     */
    static boolean givenNamesDiffer(List<String> a, List<List<String>> names) {
        if (a.size() > 63) return false;
        boolean compared = false;
        for (int n = 0; n < names.size(); n++) {
            List<String> b = names.get(n);
            if (b.size() > 63) return false;
            long sharedA = 0;
            long sharedB = 0;
            for (int i = 0; i < a.size(); i++) {
                String x = a.get(i);
                if (x.length() < 2) continue;
                for (int j = 0; j < b.size(); j++) {
                    if ((sharedB & 1L << j) == 0 && b.get(j).equals(x)) {
                        sharedA |= 1L << i;
                        sharedB |= 1L << j;
                        break;
                    }
                }
            }
            if (sharedA == 0) continue;
            // "Öberg" against "Oskar Öberg": one side has nothing else, so nothing disagrees.
            if (Long.bitCount(sharedA) == a.size() || Long.bitCount(sharedB) == b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if ((sharedA & 1L << i) != 0) continue;
                for (int j = 0; j < b.size(); j++) {
                    if ((sharedB & 1L << j) == 0 && compatible(a.get(i), b.get(j))) return false;
                }
            }
            compared = true;
        }
        return compared;
    }

    /** The same word, or an initial and a word it starts. */
    private static boolean compatible(String x, String y) {
        return x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
    }

    /** A name's words in written order, initials kept, nicknames as the full name ("Bob J." → robert, j). */
    static List<String> words(List<String> nameWithInitials) {
        List<String> out = new ArrayList<>(nameWithInitials.size());
        for (String t : nameWithInitials) out.add(t.length() > 1 ? Nicknames.full(t) : t);
        return List.copyOf(out);
    }
}
