package org.rebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.calendar.IcsReader;
import org.rebook.model.CalendarEntry;

class IcsReaderTest {
    @TempDir
    Path dir;

    private static final String TZ = """
            BEGIN:VTIMEZONE
            TZID:Europe/Lisbon
            BEGIN:STANDARD
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0000
            DTSTART:19701025T020000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0000
            TZOFFSETTO:+0100
            DTSTART:19700329T010000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            END:VTIMEZONE
            """;

    private CollectingSink read(String events) throws IOException {
        Path file = dir.resolve("cal.ics");
        Files.writeString(file, ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nX-WR-CALNAME:Bookings\n" + TZ + events
                + "END:VCALENDAR\n").replace("\n", "\r\n"));
        CollectingSink sink = new CollectingSink();
        new IcsReader().read(new SourceFile(file, "cal.ics", "sha"), ZoneId.of("Europe/Lisbon"), sink);
        return sink;
    }

    private static Map<String, CalendarEntry> byId(CollectingSink sink) {
        return sink.parsedAs(CalendarEntry.class).stream().collect(Collectors.toMap(CalendarEntry::nativeId, Function.identity()));
    }

    @Test
    void honoursTzidUtcFloatingAndAllDayTimes() throws IOException {
        CollectingSink sink = read("""
                BEGIN:VEVENT
                UID:zoned
                DTSTART;TZID=Europe/Lisbon:20260715T100000
                DTEND;TZID=Europe/Lisbon:20260717T100000
                SUMMARY:Summer pickup
                END:VEVENT
                BEGIN:VEVENT
                UID:utc
                DTSTART:20261121T100000Z
                SUMMARY:UTC pickup
                END:VEVENT
                BEGIN:VEVENT
                UID:floating
                DTSTART:20260715T100000
                SUMMARY:Floating pickup
                END:VEVENT
                BEGIN:VEVENT
                UID:allday
                DTSTART;VALUE=DATE:20261201
                DTEND;VALUE=DATE:20261202
                SUMMARY:Holiday
                END:VEVENT
                """);
        Map<String, CalendarEntry> e = byId(sink);
        assertThat(e.get("zoned").start()).isEqualTo(OffsetDateTime.parse("2026-07-15T10:00+01:00"));
        assertThat(e.get("zoned").end()).isEqualTo(OffsetDateTime.parse("2026-07-17T10:00+01:00"));
        assertThat(e.get("utc").start().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:00Z").toInstant());
        assertThat(e.get("floating").start()).isEqualTo(OffsetDateTime.parse("2026-07-15T10:00+01:00"));
        assertThat(e.get("allday").allDay()).isTrue();
        assertThat(e.get("allday").start()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00Z"));
        assertThat(e.get("zoned").calendarName()).isEqualTo("Bookings");
        assertThat(sink.quarantined).isEmpty();
    }

    @Test
    void keepsCancelledEventsRecurrencesAndOverridesApart() throws IOException {
        CollectingSink sink = read("""
                BEGIN:VEVENT
                UID:meeting
                DTSTART;TZID=Europe/Lisbon:20260105T090000
                RRULE:FREQ=WEEKLY;BYDAY=MO
                SUMMARY:Staff meeting
                END:VEVENT
                BEGIN:VEVENT
                UID:meeting
                RECURRENCE-ID;TZID=Europe/Lisbon:20260112T090000
                DTSTART;TZID=Europe/Lisbon:20260112T100000
                SUMMARY:Staff meeting (moved)
                END:VEVENT
                BEGIN:VEVENT
                UID:gone
                DTSTART:20261121T100000Z
                STATUS:CANCELLED
                SUMMARY:PX-7F3K9Q cancelled
                END:VEVENT
                """);
        Map<String, CalendarEntry> e = byId(sink);
        assertThat(e).containsKeys("meeting", "meeting#20260112T090000Z", "gone");
        assertThat(e.get("gone").end()).as("no DTEND, no DURATION: no invented end").isNull();
        assertThat(e.get("meeting").recurring()).isTrue();
        assertThat(e.get("gone").cancelled()).isTrue();
    }

    @Test
    void quarantinesABrokenEventAndImportsTheOthers() throws IOException {
        CollectingSink sink = read("""
                BEGIN:VEVENT
                UID:good-1
                DTSTART:20261121T100000Z
                SUMMARY:Good one
                END:VEVENT
                BEGIN:VEVENT
                UID:broken
                DTSTART:not-a-date
                SUMMARY:Broken
                END:VEVENT
                BEGIN:VEVENT
                UID:no-start
                SUMMARY:No start at all
                END:VEVENT
                BEGIN:VEVENT
                UID:good-2
                DTSTART:20261122T100000Z
                SUMMARY:Good two
                END:VEVENT
                """);
        assertThat(byId(sink)).containsOnlyKeys("good-1", "good-2");
        assertThat(sink.quarantined).hasSize(2);
        assertThat(sink.quarantined).allSatisfy(q -> {
            assertThat(q.reason()).startsWith("calendar event cannot be read");
            assertThat(q.provenance().position()).startsWith("line ");
            assertThat(q.raw()).contains("BEGIN:VEVENT");
        });
    }

    @Test
    void aLargeCalendarReadInPartsKeepsEveryEventsTimeZoneLineAndOrder() throws IOException {
        // More parts than are kept in flight, so some wait for the reader to hand others over.
        int count = (InOrderPipeline.PIECES_AHEAD + 1) * IcsReader.PART + 1;
        int broken = IcsReader.PART + 7; // in the second part: only it is quarantined, not its part
        StringBuilder events = new StringBuilder();
        for (int k = 0; k < count; k++) {
            events.append("BEGIN:VEVENT\nUID:ev-").append(k).append('\n')
                    .append(k == broken ? "DTSTART:not-a-date\n" : "DTSTART;TZID=Europe/Lisbon:20260715T100000\n")
                    .append("SUMMARY:Pickup ").append(k).append("\nEND:VEVENT\n");
        }
        CollectingSink sink = read(events.toString());

        Map<String, CalendarEntry> e = byId(sink);
        assertThat(e).hasSize(count - 1).doesNotContainKey("ev-" + broken);
        assertThat(e.values()).allSatisfy(c -> assertThat(c.start()).isEqualTo(OffsetDateTime.parse("2026-07-15T10:00+01:00")));
        int firstEventLine = 5 + TZ.split("\n").length; // VCALENDAR, VERSION, PRODID, X-WR-CALNAME, the time zone
        List<String> inFileOrder = java.util.stream.IntStream.range(0, count).filter(k -> k != broken)
                .mapToObj(k -> "ev-" + k).toList();
        assertThat(sink.parsedAs(CalendarEntry.class)).extracting(CalendarEntry::uid).containsExactlyElementsOf(inFileOrder);
        assertThat(sink.raws.get(count - 2).provenance().position()).isEqualTo("line " + (firstEventLine + 5 * (count - 1)));
        assertThat(sink.quarantined).singleElement().satisfies(q -> {
            assertThat(q.raw()).contains("UID:ev-" + broken);
            assertThat(q.provenance().position()).isEqualTo("line " + (firstEventLine + 5 * broken));
        });
    }
}
