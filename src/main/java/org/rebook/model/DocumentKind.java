package org.rebook.model;

/** What a record says about a booking, decided by extraction. */
public enum DocumentKind {
    BOOKING_CONFIRMATION, BOOKING_MODIFICATION, BOOKING_CANCELLATION, BOOKING_EVENT, CANCELLED_EVENT,
    PAYMENT, PAYMENT_RECEIPT, CUSTOMER_REPLY, NOT_BOOKING;

    /** Records that can found a reservation on their own (they carry booking details, not just money). */
    public boolean describesBooking() {
        return this == BOOKING_CONFIRMATION || this == BOOKING_MODIFICATION || this == BOOKING_CANCELLATION
                || this == BOOKING_EVENT || this == CANCELLED_EVENT;
    }
}
