package org.rebook.ingest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One spelling for an occurrence's RECURRENCE-ID, whether it comes from an .ics file (in its TZID) or the
 * Google API (originalStartTime): UTC basic format, or the date for all-day series. The same occurrence then
 * has the same native id from both channels.
 */
final class RecurrenceIds {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RecurrenceIds() { }

    static String of(OffsetDateTime t) { return t.atZoneSameInstant(ZoneOffset.UTC).format(UTC); }

    static String of(Instant t) { return t.atZone(ZoneOffset.UTC).format(UTC); }

    static String of(LocalDate d) { return d.format(DATE); }

    static String ofLocal(java.time.LocalDateTime t, ZoneId zone) { return of(t.atZone(zone).toOffsetDateTime()); }
}
