package org.rebook.model;

import java.time.OffsetDateTime;

/**
 * One calendar event. Times are resolved to an offset: zoned and UTC times as written, floating and
 * all-day times in the business time zone. {@code recurring} marks a master event with a repeat rule.
 */
public record CalendarEntry(
        String nativeId,
        String uid,
        String recurrenceId,
        String calendarName,
        String summary,
        String description,
        String location,
        OffsetDateTime start,
        OffsetDateTime end,
        boolean allDay,
        String status,
        boolean recurring,
        OffsetDateTime stamp) implements ParsedRecord {

    @Override
    public Source source() { return Source.CALENDAR; }

    public boolean cancelled() { return "CANCELLED".equalsIgnoreCase(status); }
}
