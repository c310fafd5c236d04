package org.rebook.ingest.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/** IMAP failures in words staff can act on. Messages never contain the password. */
final class ImapErrors {
    private ImapErrors() { }

    static String describe(MessagingException e, ImapReader.Settings s) {
        Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause();
        String where = s.host() + ":" + s.port();
        if (e instanceof AuthenticationFailedException) {
            return "The mail server refused user " + s.user() + " (wrong password, or an app password is needed).";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "Secure connection to " + where + " failed (" + cause.getMessage() + "); check the port and TLS/STARTTLS choice.";
        }
        if (cause instanceof java.net.UnknownHostException) return "No mail server called " + s.host() + ".";
        if (cause instanceof java.net.ConnectException) return "Nothing answers at " + where + " (server down or wrong port).";
        if (cause instanceof java.net.SocketTimeoutException) return "The mail server at " + where + " stopped answering.";
        return "IMAP error at " + where + ": " + e.getMessage();
    }
}
