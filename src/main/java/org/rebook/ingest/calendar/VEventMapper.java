package org.rebook.ingest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.rebook.model.CalendarEntry;
import org.rebook.common.Sha256;

/** Turns an ical4j event into a {@link CalendarEntry}, resolving every time to an offset. */
final class VEventMapper {
    private final ZoneId businessZone;
    private final String calendarName;

    VEventMapper(ZoneId businessZone, String calendarName) {
        this.businessZone = businessZone;
        this.calendarName = calendarName;
    }

    CalendarEntry map(VEvent event, String rawText) {
        String uid = text(event, Property.UID);
        String recurrenceId = event.getProperty(Property.RECURRENCE_ID)
                .map(p -> normalisedRecurrenceId(((DateProperty<?>) p).getDate())).orElse(null);
        String nativeId = uid == null ? "sha256:" + Sha256.of(rawText) : uid;
        if (recurrenceId != null) nativeId = nativeId + "#" + recurrenceId;
        DateProperty<?> dtStart = event.getStartDate().orElseThrow(() -> new IllegalArgumentException("no DTSTART"));
        Temporal startValue = dtStart.getDate();
        boolean allDay = startValue instanceof LocalDate;
        OffsetDateTime start = resolve(startValue);
        // Only an end the event states (DTEND, or DTSTART + DURATION): no default length is invented.
        boolean states = event.getProperty(Property.DTEND).isPresent() || event.getProperty(Property.DURATION).isPresent();
        OffsetDateTime end = !states ? null
                : event.getEndDate(true).map(p -> resolve(((DateProperty<?>) p).getDate())).orElse(null);
        OffsetDateTime stamp = event.getDateStamp().map(p -> resolve(p.getDate())).orElse(null);
        return new CalendarEntry(nativeId, uid, recurrenceId, calendarName, text(event, Property.SUMMARY),
                text(event, Property.DESCRIPTION), text(event, Property.LOCATION), start, end, allDay,
                Optional.ofNullable(text(event, Property.STATUS)).map(String::toUpperCase).orElse(null),
                event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent(),
                stamp);
    }

    private String normalisedRecurrenceId(Temporal t) {
        if (t instanceof LocalDate d) return RecurrenceIds.of(d);
        if (t instanceof LocalDateTime l) return RecurrenceIds.ofLocal(l, businessZone);
        if (t instanceof Instant i) return RecurrenceIds.of(i);
        return RecurrenceIds.of(resolve(t));
    }

    /** Zoned times keep their zone; UTC, floating and all-day times are shown in the business zone. */
    private OffsetDateTime resolve(Temporal t) {
        if (t instanceof ZonedDateTime z) return z.toOffsetDateTime();
        if (t instanceof OffsetDateTime o) return o;
        if (t instanceof Instant i) return i.atZone(businessZone).toOffsetDateTime();
        if (t instanceof LocalDateTime l) return l.atZone(businessZone).toOffsetDateTime();
        if (t instanceof LocalDate d) return d.atStartOfDay(businessZone).toOffsetDateTime();
        throw new IllegalArgumentException("unsupported time " + t);
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).filter(v -> !v.isBlank())
                .map(String::strip).orElse(null);
    }
}
