package org.rebook.extract;

/**
 * Finds numeric dates ("23/11/2026", "11.23.2026", "5-6-2026") in text by hand, in the order and with the
 * matches of {@code (?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)} found one after another: that pattern,
 * tried at every character of every mail body, was a second of CPU at 100 000 reservations, and a match can
 * only start where a run of digits starts.
 */
final class NumericDates {
    /** Told the first two numbers of each date found, in the order found. */
    interface Found {
        void date(int first, int second);
    }

    private NumericDates() { }

    static void each(String text, Found found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = dateAt(text, i, found); // i starts a run of digits: the character before is not one
            if (end > 0) {
                i = end; // the next search starts where this date ended, as a matcher's would
            } else {
                while (i < n && digit(text.charAt(i))) i++; // no match starts inside a run of digits
            }
        }
    }

    /** Where the date starting at {@code i} ends, after telling {@code found}; -1 when none starts there. */
    private static int dateAt(String text, int i, Found found) {
        int firstEnd = runEnd(text, i);
        if (firstEnd - i > 2 || !separator(text, firstEnd)) return -1;
        int secondStart = firstEnd + 1;
        int secondEnd = runEnd(text, secondStart);
        int secondLength = secondEnd - secondStart;
        if (secondLength < 1 || secondLength > 2 || !separator(text, secondEnd)) return -1;
        int yearEnd = runEnd(text, secondEnd + 1);
        if (yearEnd - (secondEnd + 1) != 4) return -1;
        found.date(number(text, i, firstEnd), number(text, secondStart, secondEnd));
        return yearEnd;
    }

    private static int runEnd(String text, int from) {
        int j = from;
        while (j < text.length() && digit(text.charAt(j))) j++;
        return j;
    }

    private static int number(String text, int from, int to) {
        int v = 0;
        for (int j = from; j < to; j++) v = v * 10 + (text.charAt(j) - '0');
        return v;
    }

    private static boolean separator(String text, int at) {
        if (at >= text.length()) return false;
        char c = text.charAt(at);
        return c == '/' || c == '.' || c == '-';
    }

    /** What {@code \d} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
