package org.rebook.service;

import com.google.api.services.calendar.Calendar;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.Importer;
import org.rebook.ingest.Retrying;
import org.rebook.ingest.SourceFormat;
import org.rebook.ingest.calendar.GoogleCalendarReader;
import org.rebook.ingest.mail.ImapReader;
import org.rebook.ingest.stripe.StripeApiReader;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/**
 * Runs the live connectors into a workspace and remembers where each stopped (Stripe: newest charge time;
 * Google: sync token; IMAP: UIDVALIDITY + last UID), so the next run fetches only what is new. Cursors are
 * stored in the workspace; keys, tokens and passwords never are.
 */
public final class LiveImports {
    private final Workspace workspace;
    private final RecoveryService service;
    private final Retrying retrying;

    public LiveImports(RecoveryService service) {
        this(service, new Retrying(6, Duration.ofMillis(500)));
    }

    public LiveImports(RecoveryService service, Retrying retrying) {
        this.service = service;
        this.workspace = service.workspace();
        this.retrying = retrying;
    }

    /** One run per account ({@code accounts} empty: the key's own account). */
    public List<ImportReport> stripe(String apiKey, String apiBase, List<String> accounts, Instant since, Progress progress)
            throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        List<String> targets = accounts.isEmpty() ? java.util.Collections.singletonList(null) : accounts;
        for (String account : targets) {
            String key = "stripe.cursor." + (account == null ? "self" : account);
            Instant resume = workspace.settings().get(key).map(s -> Instant.ofEpochSecond(Long.parseLong(s))).orElse(null);
            Instant from = latest(since, resume);
            StripeApiReader reader = new StripeApiReader(new StripeApiReader.Settings(apiKey, apiBase, account, from, retrying));
            reports.add(new Importer(workspace, service.zone()).importLive(reader.sourceName(), SourceFormat.STRIPE_API, reader, progress));
            if (reader.latestCreated() != null) workspace.settings().put(key, String.valueOf(reader.latestCreated().getEpochSecond()));
        }
        return reports;
    }

    public List<ImportReport> googleCalendar(Calendar client, List<String> calendarIds, Instant since, Progress progress)
            throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        for (String id : calendarIds) {
            String key = "gcal.sync." + id;
            String token = workspace.settings().get(key).filter(t -> !t.isBlank()).orElse(null);
            GoogleCalendarReader reader = new GoogleCalendarReader(new GoogleCalendarReader.Settings(client, id, token, since,
                    service.zone(), retrying));
            reports.add(new Importer(workspace, service.zone()).importLive(reader.sourceName(), SourceFormat.GOOGLE_CALENDAR_API,
                    reader, progress));
            if (reader.nextSyncToken() != null) workspace.settings().put(key, reader.nextSyncToken());
        }
        return reports;
    }

    public ImportReport imap(ImapReader.Settings settings, Progress progress) throws IOException {
        String prefix = "imap.cursor." + settings.user() + "@" + settings.host() + ":" + settings.port() + "/";
        Map<String, ImapReader.Cursor> cursors = new HashMap<>();
        for (String folder : settings.folders()) {
            workspace.settings().get(prefix + folder).ifPresent(v -> {
                String[] parts = v.split(":");
                cursors.put(folder, new ImapReader.Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            });
        }
        ImapReader reader = new ImapReader(settings, cursors);
        String name = "imap://" + settings.user() + "@" + settings.host() + ":" + settings.port();
        ImportReport report = new Importer(workspace, service.zone()).importLive(name, SourceFormat.IMAP, reader, progress);
        reader.cursors().forEach((folder, c) -> workspace.settings().put(prefix + folder, c.uidValidity() + ":" + c.lastUid()));
        return report;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
