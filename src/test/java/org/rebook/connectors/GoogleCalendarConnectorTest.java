package org.rebook.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.Retrying;
import org.rebook.ingest.calendar.GoogleAuth;
import org.rebook.model.CalendarEntry;
import org.rebook.model.StoredRecord;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/** The Google Calendar connector against Calendar-API-shaped JSON served on loopback. */
class GoogleCalendarConnectorTest {
    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    static final String EVENTS = "/calendar/v3/calendars/primary/events";

    static final String BOOKING = """
            {"kind":"calendar#event","id":"evt1","iCalUID":"abc123@google.com","status":"confirmed",
             "summary":"PX-7F3K9Q · Maria Silva · VW Polo","description":"Email: maria@x.pt","location":"Lisbon Airport",
             "start":{"dateTime":"2026-11-22T10:00:00Z","timeZone":"Europe/Lisbon"},
             "end":{"dateTime":"2026-11-25T10:00:00Z","timeZone":"Europe/Lisbon"},"updated":"2026-11-01T10:00:00.000Z"}""";
    static final String MEETING_INSTANCE = """
            {"kind":"calendar#event","id":"mtg_20261123T090000Z","iCalUID":"mtg@google.com","status":"confirmed",
             "summary":"Staff meeting","recurringEventId":"mtg","originalStartTime":{"dateTime":"2026-11-23T09:00:00Z"},
             "start":{"dateTime":"2026-11-23T09:00:00Z"},"end":{"dateTime":"2026-11-23T09:30:00Z"}}""";
    static final String HOLIDAY = """
            {"kind":"calendar#event","id":"hol","iCalUID":"hol@google.com","status":"cancelled","summary":"Feriado",
             "start":{"date":"2026-12-01"},"end":{"date":"2026-12-02"}}""";

    @BeforeEach
    void stubs() {
        google.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("pageToken", absent()).withQueryParam("syncToken", absent())
                .willReturn(okJson("{\"kind\":\"calendar#events\",\"nextPageToken\":\"page2\",\"items\":[" + BOOKING + "," + MEETING_INSTANCE + "]}")));
        google.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("pageToken", equalTo("page2"))
                .willReturn(okJson("{\"kind\":\"calendar#events\",\"nextSyncToken\":\"sync-1\",\"items\":[" + HOLIDAY + "]}")));
        google.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("sync-1"))
                .willReturn(okJson("{\"kind\":\"calendar#events\",\"nextSyncToken\":\"sync-2\",\"items\":[]}")));
        google.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("expired"))
                .willReturn(aResponse().withStatus(410).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":410,\"message\":\"Sync token is no longer valid, a full sync is required.\","
                                + "\"errors\":[{\"domain\":\"calendar\",\"reason\":\"fullSyncRequired\"}]}}")));
    }

    private LiveImports live(Workspace ws) {
        return new LiveImports(new RecoveryService(ws, ZoneId.of("Europe/Lisbon")), new Retrying(3, Duration.ofMillis(1)));
    }

    private static Map<String, CalendarEntry> entries(Workspace ws) {
        return ws.records().all().stream().map(StoredRecord::parsed).map(CalendarEntry.class::cast)
                .collect(Collectors.toMap(CalendarEntry::nativeId, e -> e));
    }

    @Test
    void readsAllPagesKeepsIcsIdsAndRemembersTheSyncToken() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ImportReport r = live(ws).googleCalendar(GoogleAuth.withAccessToken("test-token", google.baseUrl()), List.of("primary"),
                    null, Progress.NONE).get(0);
            assertThat(r.imported()).isEqualTo(3);
            Map<String, CalendarEntry> e = entries(ws);
            assertThat(e).containsKeys("abc123@google.com", "mtg@google.com#20261123T090000Z", "hol@google.com");
            CalendarEntry booking = e.get("abc123@google.com");
            assertThat(booking.start()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00Z"));
            assertThat(booking.start().getOffset().getId()).isEqualTo("Z"); // Lisbon is UTC+0 in November
            assertThat(booking.summary()).contains("Maria Silva");
            assertThat(e.get("mtg@google.com#20261123T090000Z").recurring()).isTrue();
            assertThat(e.get("hol@google.com").cancelled()).isTrue();
            assertThat(e.get("hol@google.com").allDay()).isTrue();
            assertThat(ws.settings().get("gcal.sync.primary")).contains("sync-1");
            ImportReport again = live(ws).googleCalendar(GoogleAuth.withAccessToken("test-token", google.baseUrl()), List.of("primary"),
                    null, Progress.NONE).get(0);
            assertThat(again.imported()).isZero();
            assertThat(ws.settings().get("gcal.sync.primary")).contains("sync-2");
        }
        google.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("singleEvents", equalTo("true"))
                .withHeader("Authorization", equalTo("Bearer test-token")));
        google.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("syncToken", equalTo("sync-1")));
    }

    @Test
    void listsTheAccountsCalendarsAcrossPages() throws IOException {
        google.stubFor(get(urlPathEqualTo("/calendar/v3/users/me/calendarList")).withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"kind\":\"calendar#calendarList\",\"nextPageToken\":\"c2\",\"items\":["
                        + "{\"id\":\"desk@atlantico.example\",\"summary\":\"Bookings\",\"primary\":true,\"accessRole\":\"owner\"}]}")));
        google.stubFor(get(urlPathEqualTo("/calendar/v3/users/me/calendarList")).withQueryParam("pageToken", equalTo("c2"))
                .willReturn(okJson("{\"kind\":\"calendar#calendarList\",\"items\":["
                        + "{\"id\":\"airport@group.calendar.google.com\",\"summary\":\"Airport desk\",\"accessRole\":\"reader\"}]}")));
        List<org.rebook.ingest.calendar.GoogleCalendars.Entry> calendars =
                org.rebook.ingest.calendar.GoogleCalendars.list(GoogleAuth.withAccessToken("t", google.baseUrl()));
        assertThat(calendars).extracting(org.rebook.ingest.calendar.GoogleCalendars.Entry::id)
                .containsExactly("desk@atlantico.example", "airport@group.calendar.google.com");
        assertThat(calendars.get(0).primary()).isTrue();
        assertThat(calendars.get(1).name()).isEqualTo("Airport desk");
    }

    @Test
    void anExpiredSyncTokenMeansAFullResyncWithoutDuplicates() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.settings().put("gcal.sync.primary", "expired");
            ImportReport r = live(ws).googleCalendar(GoogleAuth.withAccessToken("t", google.baseUrl()), List.of("primary"), null,
                    Progress.NONE).get(0);
            assertThat(r.imported()).isEqualTo(3);
            assertThat(ws.settings().get("gcal.sync.primary")).contains("sync-1");
        }
    }

    @Test
    void theSameEventFromAnIcsExportIsOneRecord() throws IOException {
        Path ics = dir.resolve("export.ics");
        Files.writeString(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20261122T100000Z\r\nDTEND:20261125T100000Z\r\nUID:abc123@google.com\r\n"
                + "SUMMARY:PX-7F3K9Q · Maria Silva · VW Polo\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20261123T090000Z\r\nDTEND:20261123T093000Z\r\nUID:mtg@google.com\r\n"
                + "RECURRENCE-ID:20261123T090000Z\r\nSUMMARY:Staff meeting\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            new RecoveryService(ws, ZoneId.of("Europe/Lisbon")).importPaths(List.of(ics), Progress.NONE);
            ImportReport api = live(ws).googleCalendar(GoogleAuth.withAccessToken("t", google.baseUrl()), List.of("primary"), null,
                    Progress.NONE).get(0);
            assertThat(api.duplicate()).isEqualTo(2);
            assertThat(api.imported()).isEqualTo(1);
        }
    }
}
