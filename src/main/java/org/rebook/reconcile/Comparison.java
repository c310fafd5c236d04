package org.rebook.reconcile;

/**
 * The comparisons the scorer makes between a record and a reservation. Identity comparisons say whether it is
 * the same customer; the others say which of that customer's bookings the record is about.
 */
enum Comparison {
    EMAIL(true), PHONE(true), THREAD(true), NAME(true), CARD(true), PICKUP(false), PAID_AT(false), AMOUNT(false),
    VEHICLE(false), LOCATION(false);

    final boolean identity;

    Comparison(boolean identity) { this.identity = identity; }
}
