package org.rebook.ui.sources;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.rebook.ingest.mail.ImapReader;

/** What the Connect dialogs collect. Secrets are char arrays, cleared after use, never stored. */
public final class ConnectRequests {
    private ConnectRequests() { }

    public record Stripe(char[] apiKey, List<String> accounts, LocalDate since, String apiBase) { }

    /** Either an access token, or an OAuth client file for the browser sign-in. */
    public record Google(char[] accessToken, Path clientSecrets, List<String> calendars, LocalDate since, String rootUrl) { }

    public record Imap(String host, int port, ImapReader.Security security, String user, char[] password,
                       List<String> folders, LocalDate since) { }

    static List<String> list(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
