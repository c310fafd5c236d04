package org.rebook.ingest.calendar;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import com.google.api.client.extensions.jetty.auth.oauth2.LocalServerReceiver;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeFlow;
import com.google.api.client.googleapis.auth.oauth2.GoogleClientSecrets;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.store.FileDataStoreFactory;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.CalendarScopes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Google sign-in for a desktop app, read-only: the browser consent flow with a loopback receiver, the
 * calendar.readonly scope only, tokens kept in the user's data folder (so they can be revoked and deleted
 * from the app), or an access token given by automation.
 */
public final class GoogleAuth {
    public static final String USER = "rebook-user";
    private static final JsonFactory JSON = GsonFactory.getDefaultInstance();

    private GoogleAuth() { }

    public static HttpTransport transport() {
        return new NetHttpTransport();
    }

    /** A Calendar client that sends the given access token (CLI automation: GOOGLE_OAUTH_ACCESS_TOKEN). */
    public static Calendar withAccessToken(String accessToken, String rootUrl) {
        HttpRequestInitializer auth = request -> request.getHeaders().setAuthorization("Bearer " + accessToken);
        return client(auth, rootUrl);
    }

    /** Runs (or reuses) the desktop consent flow with the OAuth client file the user downloaded from Google. */
    public static Calendar authorize(Path clientSecretsJson, Path tokenDir, String rootUrl) throws IOException {
        GoogleClientSecrets secrets;
        try (Reader r = Files.newBufferedReader(clientSecretsJson, StandardCharsets.UTF_8)) {
            secrets = GoogleClientSecrets.load(JSON, r);
        }
        GoogleAuthorizationCodeFlow flow = new GoogleAuthorizationCodeFlow.Builder(transport(), JSON, secrets,
                List.of(CalendarScopes.CALENDAR_READONLY)).setDataStoreFactory(new FileDataStoreFactory(tokenDir.toFile()))
                .setAccessType("offline").build();
        Credential credential = new AuthorizationCodeInstalledApp(flow, new LocalServerReceiver.Builder().setHost("127.0.0.1").build())
                .authorize(USER);
        return client(credential, rootUrl);
    }

    /** Revokes the stored token at Google (when reachable) and deletes it from disk. */
    public static void revoke(Path tokenDir) throws IOException {
        Path stored = tokenDir.resolve("StoredCredential");
        if (!Files.exists(stored)) return;
        try {
            FileDataStoreFactory store = new FileDataStoreFactory(tokenDir.toFile());
            var credentials = com.google.api.client.auth.oauth2.StoredCredential.getDefaultDataStore(store);
            var credential = credentials.get(USER);
            if (credential != null) {
                String token = credential.getRefreshToken() != null ? credential.getRefreshToken() : credential.getAccessToken();
                transport().createRequestFactory().buildPostRequest(
                        new GenericUrl("https://oauth2.googleapis.com/revoke?token=" + token), null).execute();
            }
        } catch (IOException e) {
            // offline: the token is still deleted here; Google forgets unused tokens after six months
        } finally {
            Files.deleteIfExists(stored);
        }
    }

    private static Calendar client(HttpRequestInitializer auth, String rootUrl) {
        Calendar.Builder b = new Calendar.Builder(transport(), JSON, auth).setApplicationName("Rebook");
        if (rootUrl != null) b.setRootUrl(rootUrl.endsWith("/") ? rootUrl : rootUrl + "/");
        return b.build();
    }

}
