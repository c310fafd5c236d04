package org.rebook.ingest.calendar;

import com.google.api.client.http.HttpResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.CalendarList;
import com.google.api.services.calendar.model.CalendarListEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The calendars an account can read, so users choose by name instead of knowing ids. */
public final class GoogleCalendars {
    /** One calendar: its id (what --calendar takes), its name, and whether it is the account's own. */
    public record Entry(String id, String name, boolean primary, String accessRole) { }

    private GoogleCalendars() { }

    public static List<Entry> list(Calendar client) throws IOException {
        List<Entry> out = new ArrayList<>();
        String page = null;
        try {
            do {
                CalendarList list = client.calendarList().list().setPageToken(page).execute();
                if (list.getItems() != null) {
                    for (CalendarListEntry e : list.getItems()) {
                        out.add(new Entry(e.getId(), e.getSummary(), Boolean.TRUE.equals(e.getPrimary()), e.getAccessRole()));
                    }
                }
                page = list.getNextPageToken();
            } while (page != null);
        } catch (HttpResponseException e) {
            throw new IOException(GoogleErrors.describe(e), e);
        }
        return out;
    }
}
