package org.rebook.ingest.calendar;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.rebook.common.Sha256;
import org.rebook.ingest.LiveReader;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.Retrying;
import org.rebook.model.CalendarEntry;
import org.rebook.model.Provenance;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;
import org.rebook.task.Progress;

/**
 * Reads one Google calendar through the Calendar API (read-only scope): single events, page by page, then
 * incrementally with the sync token the last page gives. A 410 (token expired) means a full resync.
 * Native ids are the iCalUID as in an .ics export (plus the occurrence for instances of a series).
 */
public final class GoogleCalendarReader implements LiveReader {
    /** What to read: {@code syncToken} from the last run, or null for a full read (from {@code since} if set). */
    public record Settings(Calendar service, String calendarId, String syncToken, Instant since, ZoneId businessZone,
                           Retrying retrying) { }

    private static final int PAGE = 250;

    private final Settings settings;
    private String nextSyncToken;
    private boolean fullResync;

    public GoogleCalendarReader(Settings settings) { this.settings = settings; }

    public String sourceName() { return "google-calendar/" + settings.calendarId(); }

    /** The token to pass next time; null if the API gave none. */
    public String nextSyncToken() { return nextSyncToken; }

    /** True when the stored token had expired and everything was read again. */
    public boolean didFullResync() { return fullResync; }

    @Override
    public void read(RecordSink sink, Progress progress) throws IOException {
        try {
            readAll(sink, progress, settings.syncToken());
        } catch (GoogleJsonResponseException e) {
            if (e.getStatusCode() == 410 && settings.syncToken() != null) {
                fullResync = true; // the token expired: start over; ids make the re-read idempotent
                readAll(sink, progress, null);
            } else {
                throw new IOException(GoogleErrors.describe(e), e);
            }
        }
    }

    private void readAll(RecordSink sink, Progress progress, String syncToken) throws IOException {
        String pageToken = null;
        long done = 0;
        do {
            Calendar.Events.List request = settings.service().events().list(settings.calendarId())
                    .setSingleEvents(true).setShowDeleted(true).setMaxResults(PAGE).setPageToken(pageToken);
            if (syncToken != null) request.setSyncToken(syncToken);
            else if (settings.since() != null) request.setTimeMin(new DateTime(settings.since().toEpochMilli()));
            Events page = settings.retrying().call("Google Calendar", request::execute, GoogleErrors::isTransient, progress);
            if (page.getItems() != null) {
                for (Event event : page.getItems()) {
                    accept(event, sink);
                    done++;
                }
            }
            progress.update("Reading " + settings.calendarId(), done, -1);
            pageToken = page.getNextPageToken();
            if (pageToken == null) nextSyncToken = page.getNextSyncToken();
        } while (pageToken != null);
    }

    private void accept(Event e, RecordSink sink) throws IOException {
        String uid = e.getICalUID() != null ? e.getICalUID() : e.getId() + "@google.com";
        String recurrenceId = e.getOriginalStartTime() == null ? null : recurrenceId(e.getOriginalStartTime());
        String nativeId = recurrenceId == null ? uid : uid + "#" + recurrenceId;
        String raw = e.toPrettyString();
        Provenance where = new Provenance(sourceName(), Sha256.of(sourceName()), "event " + e.getId());
        if (e.getStart() == null) {
            sink.quarantine(new Quarantined(where, "event " + nativeId + " was deleted in Google Calendar ("
                    + e.getStatus() + ") and the API no longer gives its details", raw));
            return;
        }
        boolean allDay = e.getStart().getDate() != null;
        CalendarEntry entry = new CalendarEntry(nativeId, uid, recurrenceId, settings.calendarId(), e.getSummary(),
                e.getDescription(), e.getLocation(), time(e.getStart()), e.getEnd() == null ? null : time(e.getEnd()), allDay,
                e.getStatus() == null ? null : e.getStatus().toUpperCase(Locale.ROOT),
                e.getRecurringEventId() != null || (e.getRecurrence() != null && !e.getRecurrence().isEmpty()),
                e.getUpdated() == null ? null : offset(e.getUpdated(), null));
        sink.accept(new RawRecord(Source.CALENDAR, nativeId, false, where, raw), entry);
    }

    private OffsetDateTime time(EventDateTime t) {
        if (t.getDate() != null) return LocalDate.parse(t.getDate().toStringRfc3339()).atStartOfDay(settings.businessZone()).toOffsetDateTime();
        return offset(t.getDateTime(), t.getTimeZone());
    }

    /** The instant the API gives, shown in the event's own zone when it names one. */
    private static OffsetDateTime offset(DateTime t, String zone) {
        Instant instant = Instant.ofEpochMilli(t.getValue());
        if (zone != null) {
            try {
                return instant.atZone(ZoneId.of(zone)).toOffsetDateTime();
            } catch (java.time.DateTimeException ignored) {
                // unknown zone name: keep the offset the API wrote
            }
        }
        return instant.atOffset(ZoneOffset.ofTotalSeconds(t.getTimeZoneShift() * 60));
    }

    private static String recurrenceId(EventDateTime t) {
        if (t.getDate() != null) return RecurrenceIds.of(LocalDate.parse(t.getDate().toStringRfc3339()));
        return RecurrenceIds.of(Instant.ofEpochMilli(t.getDateTime().getValue()));
    }
}
