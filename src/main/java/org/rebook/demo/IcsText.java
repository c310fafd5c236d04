package org.rebook.demo;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Writes iCalendar content lines: escaping (RFC 5545 §3.3.11) and folding at 75 octets (§3.1). */
final class IcsText {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final String LISBON_TZ = String.join("\r\n",
            "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST", "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET", "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE") + "\r\n";

    private final StringBuilder out = new StringBuilder();

    IcsText line(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    IcsText text(String name, String value) {
        return line(name, value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"));
    }

    /** A time as a calendar app writes it: with TZID (mode 0), in UTC (1) or floating (2). */
    IcsText time(String name, ZonedDateTime t, int mode) {
        return switch (mode) {
            case 0 -> line(name + ";TZID=" + t.getZone().getId(), t.format(LOCAL));
            case 1 -> line(name, t.withZoneSameInstant(ZoneOffset.UTC).format(LOCAL) + "Z");
            default -> line(name, t.format(LOCAL));
        };
    }

    IcsText raw(String text) {
        out.append(text);
        return this;
    }

    private void fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(line).append("\r\n");
            return;
        }
        int lineBytes = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (lineBytes + len > 75) {
                out.append("\r\n ");
                lineBytes = 1;
            }
            out.appendCodePoint(cp);
            lineBytes += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() { return out.toString(); }
}
