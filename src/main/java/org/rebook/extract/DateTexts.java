package org.rebook.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date and time in free text, as booking mails write them: ISO, "12 Oct 2026", "Oct 12, 2026",
 * "12 de outubro de 2026", "12. Oktober 2026", "12/10/2026", "12.10.2026", with 24 h or am/pm times.
 * Times without an offset are in the business zone. Text is folded (accents removed) before matching.
 */
public final class DateTexts {
    private static final String MONTH = "(" + MonthNames.alternation() + ")\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|-)?" + MONTH + "\\s*(?:de\\s+|-|,)?\\s*(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2})(?:[:h.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|h\\b|uhr)?");
    private static final Pattern OFFSET = Pattern.compile("^\\s*(?:\\(?(?:utc|gmt)\\s*([+-]\\d{1,2}(?::?\\d{2})?)?\\)?)");

    private DateTexts() { }

    /** A date found in text, with where the match ended (so callers can read a location after it). */
    public record Found(OffsetDateTime at, int start, int end, boolean hasTime) { }

    /**
     * The first date in {@code text}. {@code dayFirst} decides ambiguous numeric dates like 05/06/2026; an
     * unambiguous one (13/06/2026) decides itself.
     */
    public static Optional<Found> find(String text, ZoneId zone, boolean dayFirst) {
        if (text == null) return Optional.empty();
        String t = Text.foldKeepLength(text);
        Candidate best = null;
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            best = new Candidate(date(m.group(1), m.group(2), m.group(3)), m.start(), m.end());
            if (best.date != null && m.group(4) != null) {
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                ZoneOffset offset = m.group(7) == null ? null
                        : m.group(7).equals("z") ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(m.group(7)));
                OffsetDateTime at = offset == null ? best.date.atTime(time).atZone(zone).toOffsetDateTime()
                        : best.date.atTime(time).atOffset(offset);
                return Optional.of(new Found(at, m.start(), m.end(), true));
            }
        }
        best = earlier(best, match(DAY_MONTH_YEAR.matcher(t), 1, 2, 3, true));
        best = earlier(best, match(MONTH_DAY_YEAR.matcher(t), 2, 1, 3, true));
        Matcher n = NUMERIC.matcher(t);
        if (n.find()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(2));
            boolean df = a > 12 || (b <= 12 && dayFirst);
            best = earlier(best, new Candidate(date(n.group(3), String.valueOf(df ? b : a), String.valueOf(df ? a : b)),
                    n.start(), n.end()));
        }
        if (best == null || best.date == null) return Optional.empty();
        return Optional.of(withTime(best, t, zone));
    }

    private static Found withTime(Candidate c, String t, ZoneId zone) {
        // Look for a time shortly after the date ("12 Oct 2026, 10:00", "12/10/2026 às 9h30").
        int from = c.end;
        int to = Math.min(t.length(), from + 24);
        Matcher tm = TIME.matcher(t.substring(from, to));
        while (tm.find()) {
            String minutes = tm.group(2);
            String suffix = tm.group(3);
            if (minutes == null && (suffix == null || suffix.equals("h") || suffix.equals("uhr"))) continue;
            int hour = Integer.parseInt(tm.group(1));
            int minute = minutes == null ? 0 : Integer.parseInt(minutes);
            if (suffix != null && suffix.startsWith("p") && hour < 12) hour += 12;
            if (suffix != null && suffix.startsWith("a") && hour == 12) hour = 0;
            if (hour > 23 || minute > 59) break;
            int end = from + tm.end();
            OffsetDateTime at = c.date.atTime(hour, minute).atZone(zoneAfter(t, end, zone)).toOffsetDateTime();
            return new Found(at, c.start, end, true);
        }
        return new Found(c.date.atStartOfDay(zone).toOffsetDateTime(), c.start, c.end, false);
    }

    /** "10:00 UTC" or "10:00 (GMT+1)" override the business zone. */
    private static ZoneId zoneAfter(String t, int at, ZoneId zone) {
        Matcher m = OFFSET.matcher(t.substring(at, Math.min(t.length(), at + 16)));
        if (m.find() && m.end() > 0 && !m.group().isBlank()) {
            try {
                return m.group(1) == null ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(m.group(1)));
            } catch (DateTimeException e) {
                return zone;
            }
        }
        return zone;
    }

    private static String normaliseOffset(String o) {
        String s = o.replace(":", "");
        char sign = s.charAt(0);
        String digits = s.substring(1);
        if (digits.length() <= 2) digits = String.format("%02d00", Integer.parseInt(digits));
        return sign + digits.substring(0, 2) + ":" + digits.substring(2);
    }

    private static Candidate match(Matcher m, int day, int month, int year, boolean monthIsName) {
        if (!m.find()) return null;
        String monthValue = monthIsName ? String.valueOf(MonthNames.month(m.group(month))) : m.group(month);
        return new Candidate(date(m.group(year), monthValue, m.group(day)), m.start(), m.end());
    }

    private static Candidate earlier(Candidate a, Candidate b) {
        if (b == null || b.date == null) return a;
        if (a == null || a.date == null) return b;
        return b.start < a.start ? b : a;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private record Candidate(LocalDate date, int start, int end) { }
}
