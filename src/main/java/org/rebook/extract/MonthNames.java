package org.rebook.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Month names and abbreviations in English, Portuguese, Spanish, French, German and Italian (folded). */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "janeiro", "enero", "ene", "janvier", "janv", "januar", "janner", "gennaio", "gen"},
                {"february", "feb", "fevereiro", "fev", "febrero", "fevrier", "fevr", "fev", "februar", "febbraio"},
                {"march", "mar", "marco", "marzo", "mars", "marz", "mrz"},
                {"april", "apr", "abril", "abr", "avril", "avr", "aprile"},
                {"may", "maio", "mayo", "may", "mai", "maggio", "mag"},
                {"june", "jun", "junho", "junio", "juin", "juni", "giugno", "giu"},
                {"july", "jul", "julho", "julio", "juillet", "juil", "juli", "luglio", "lug"},
                {"august", "aug", "agosto", "ago", "aout", "august"},
                {"september", "sep", "sept", "setembro", "set", "septiembre", "septembre", "settembre"},
                {"october", "oct", "outubro", "out", "octubre", "octobre", "oktober", "okt", "ottobre", "ott"},
                {"november", "nov", "novembro", "noviembre", "novembre"},
                {"december", "dec", "dezembro", "dez", "diciembre", "dic", "decembre", "dezember", "dicembre"},
        };
        for (int m = 0; m < names.length; m++) for (String n : names[m]) MONTHS.put(n, m + 1);
    }

    private MonthNames() { }

    /** Every known name with its month (1–12). */
    static Map<String, Integer> all() { return Map.copyOf(MONTHS); }

    /** 1–12 for a (folded) month name or abbreviation, else 0. */
    static int month(String word) {
        String w = Text.fold(word).replace(".", "");
        Integer m = MONTHS.get(w);
        return m == null ? 0 : m;
    }

    /**
     * Regex alternation of every known name, longest first so "september" wins over "sep", grouped by first
     * letter: names with other first letters cannot both match at one place, so the order that matters is
     * kept, and a scan tries one group per position instead of every name (the scan runs over every mail).
     */
    static String alternation() {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
                .forEach(n -> byFirst.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(n.substring(1)));
        StringJoiner out = new StringJoiner("|", "(?:", ")");
        byFirst.forEach((first, rests) -> out.add(Pattern.quote(String.valueOf(first)) + "(?:"
                + rests.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"));
        return out.toString();
    }
}
