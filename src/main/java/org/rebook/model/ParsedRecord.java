package org.rebook.model;

/** The typed reading of one source record. */
public sealed interface ParsedRecord permits Payment, CalendarEntry, MailMessage {
    Source source();

    String nativeId();
}
