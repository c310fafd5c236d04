package org.rebook.demo;

import java.math.BigDecimal;
import java.time.ZonedDateTime;

/**
 * One true reservation of the demo incident and how its evidence survived. The generator writes records from
 * it; the truth files record which records belong to which booking.
 */
final class Booking {
    final String key;
    final String reference;
    final Customer customer;
    Fleet.Car car;
    /** The car as first booked, when a modification changed it. */
    Fleet.Car originalCar;
    ZonedDateTime bookedAt;
    ZonedDateTime pickupAt;
    ZonedDateTime returnAt;
    String pickupBranch;
    String returnBranch;
    BigDecimal total;

    /** Original dates before a modification, when there was one. */
    ZonedDateTime originalPickupAt;
    ZonedDateTime originalReturnAt;
    ZonedDateTime modifiedAt;
    ZonedDateTime cancelledAt;
    boolean partialRefund;

    boolean hasCalendarEntry;
    boolean onSecondCalendar;
    boolean hasConfirmationMail;
    boolean referenceInPayments;
    boolean otherPaymentEmail;
    int template;

    Booking(String key, String reference, Customer customer) {
        this.key = key;
        this.reference = reference;
        this.customer = customer;
    }

    boolean cancelled() { return cancelledAt != null; }

    boolean modified() { return modifiedAt != null; }
}
