package org.rebook.ingest.calendar;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;

/** Google API failures in words staff can act on. */
public final class GoogleErrors {
    private GoogleErrors() { }

    public static String describe(Exception e) {
        if (e instanceof HttpResponseException h) {
            return switch (h.getStatusCode()) {
                case 401 -> "Google refused the sign-in (token expired or revoked): connect Google Calendar again.";
                case 403 -> "Google says this account may not read that calendar (or the daily quota is used up).";
                case 404 -> "No such calendar, or it is not shared with this account.";
                case 429 -> "Google Calendar kept answering 'too many requests'; try again in a minute.";
                default -> "Google Calendar error " + h.getStatusCode() + ": " + message(h);
            };
        }
        return "Could not reach Google Calendar (network down or blocked): " + e.getMessage();
    }

    static boolean isTransient(Exception e) {
        if (e instanceof HttpResponseException h) {
            int s = h.getStatusCode();
            return s == 429 || s >= 500 || (s == 403 && message(h).toLowerCase().contains("rate limit"));
        }
        return e instanceof java.io.IOException;
    }

    private static String message(HttpResponseException h) {
        if (h instanceof GoogleJsonResponseException g && g.getDetails() != null) return g.getDetails().getMessage();
        return h.getStatusMessage() == null ? "" : h.getStatusMessage();
    }
}
