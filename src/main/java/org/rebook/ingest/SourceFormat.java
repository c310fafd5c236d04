package org.rebook.ingest;

/** File formats Rebook reads, recognised from content (never from the file name). */
public enum SourceFormat {
    STRIPE_PAYMENTS_CSV("Stripe payments export"),
    ICALENDAR("iCalendar"),
    MBOX("mbox mailbox"),
    EML("mail message"),
    ZIP("ZIP archive"),
    STRIPE_API("Stripe API"),
    GOOGLE_CALENDAR_API("Google Calendar API"),
    IMAP("IMAP mailbox"),
    UNKNOWN("unrecognised");

    private final String label;

    SourceFormat(String label) { this.label = label; }

    public String label() { return label; }
}
