package org.rebook.model;

import java.util.Locale;

/** The lifecycle state a reconstructed reservation ended in. */
public enum ReservationStatus {
    /** Confirmed by a booking mail or calendar entry and not cancelled. */
    CONFIRMED,
    /** A cancellation mail, a cancelled calendar event or a full refund says it is off. */
    CANCELLED,
    /** Only payments point at it: money was taken but no booking details survived. */
    UNCONFIRMED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static ReservationStatus fromCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
