package org.rebook.ui.unmatched;

/** Why a record is in no reservation, in a few kinds staff can filter by. */
public enum ReasonKind {
    NO_BOOKING_FOUND("No booking matches it"),
    WEAK_MATCH("Closest match too weak"),
    NOT_A_BOOKING("Not about a booking"),
    RECEIPT("Receipt of an unmatched payment"),
    BY_STAFF("Set aside by staff");

    private final String label;

    ReasonKind(String label) { this.label = label; }

    @Override
    public String toString() { return label; }

    /** Reads the kind off the reconciler's reason text. */
    public static ReasonKind of(String reason) {
        String r = reason == null ? "" : reason;
        if (r.contains("by staff") || r.startsWith("staff ")) return BY_STAFF;
        if (r.contains("not a strong enough match")) return WEAK_MATCH;
        if (r.startsWith("receipt for payment")) return RECEIPT;
        if (r.contains("no booking reference and no")) return NO_BOOKING_FOUND;
        return NOT_A_BOOKING;
    }
}
