package org.rebook.ingest.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an iCalendar text into its top-level VEVENT and VTIMEZONE blocks with their line numbers, so each
 * event keeps its raw text and one broken event can be parsed (and quarantined) on its own.
 */
final class IcsBlocks {
    record Block(String name, int firstLine, String text) { }

    final List<Block> events = new ArrayList<>();
    final List<Block> timezones = new ArrayList<>();
    final List<String> calendarProperties = new ArrayList<>();

    IcsBlocks(String text) {
        StringBuilder current = null;
        String currentName = null;
        int depth = 0;
        int start = 0;
        int i = 0;
        // Lines as text.split("\r?\n", -1) gives them, without a pattern run over every character of the file.
        for (int from = 0; from <= text.length(); i++) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(from, end > from && text.charAt(end - 1) == '\r' && newline >= 0 ? end - 1 : end);
            from = newline < 0 ? text.length() + 1 : newline + 1;
            String upper = keyword(line);
            if (upper.startsWith("BEGIN:")) {
                String name = upper.substring(6).strip();
                if (name.equals("VCALENDAR")) continue;
                if (depth == 0) {
                    current = new StringBuilder();
                    currentName = name;
                    start = i + 1;
                }
                depth++;
            }
            if (current != null) {
                current.append(line).append("\r\n");
            } else if (!line.isBlank() && !upper.startsWith("END:VCALENDAR")) {
                calendarProperties.add(line);
            }
            if (upper.startsWith("END:") && depth > 0 && !upper.equals("END:VCALENDAR")) {
                depth--;
                if (depth == 0 && current != null) {
                    Block block = new Block(currentName, start, current.toString());
                    if (currentName.equals("VEVENT")) events.add(block);
                    if (currentName.equals("VTIMEZONE")) timezones.add(block);
                    current = null;
                }
            }
        }
        if (current != null && "VEVENT".equals(currentName)) {
            events.add(new Block(currentName, start, current.toString())); // unterminated: parse will fail
        }
    }

    /**
     * The line stripped and upper-cased when it may be a BEGIN: or END: line, else "" (most lines: only 'b' and
     * 'e' upper-case to the first letters of those, so the others need not be copied twice each).
     */
    private static String keyword(String line) {
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            if (!Character.isWhitespace(cp)) {
                return cp == 'b' || cp == 'B' || cp == 'e' || cp == 'E' ? line.strip().toUpperCase(Locale.ROOT) : "";
            }
            k += Character.charCount(cp);
        }
        return "";
    }

    /** The value of a calendar-level property such as X-WR-CALNAME, or null. */
    String calendarProperty(String name) {
        for (String p : calendarProperties) {
            if (p.toUpperCase(Locale.ROOT).startsWith(name + ":")) return p.substring(name.length() + 1).strip();
        }
        return null;
    }
}
