package org.rebook.reconcile;

/**
 * The graded outcome of one comparison (exact / close / far …). Each level's match weight is log2(m/u):
 * how much more often it happens between a record and its own reservation (m) than between a record and
 * another reservation it was blocked with (u). {@link MatchWeights} estimates m and u from each incident;
 * {@code prior} is the weight assumed before any data, the value estimates shrink toward when they rest on
 * few pairs.
 */
enum Level {
    EMAIL_SAME(Comparison.EMAIL, 6.0),
    /** The same address, but one the incident's records give for several people (a family's, an office's). */
    EMAIL_SAME_SHARED(Comparison.EMAIL, 3.0),
    /**
     * Another address one letter off one of the reservation's (a dropped, added, swapped or mistyped letter:
     * "dharris@hotmail.cm"): most often the same customer's typo, sometimes a relative's address that differs in
     * an initial, so weaker than the same address and no contradiction.
     */
    EMAIL_CLOSE(Comparison.EMAIL, 2.0),
    EMAIL_OTHER(Comparison.EMAIL, -1.0),
    /**
     * A booking mail or calendar entry giving another address than the reservation's booking records give: a
     * booking is made with one address, so unlike a payment's (work and family addresses) this is evidence of
     * another customer. Estimated from the incident, as the other contact disagreements are
     * ({@link WeightEstimator#DISAGREEMENTS}).
     */
    EMAIL_OTHER_BOOKING(Comparison.EMAIL, -4.0),
    PHONE_SAME(Comparison.PHONE, 5.0),
    /** Another phone number: estimated from the incident (how seldom a booking's own records give two). */
    PHONE_OTHER(Comparison.PHONE, 0),
    THREAD_ANSWERS(Comparison.THREAD, 10.0),
    THREAD_OTHER(Comparison.THREAD, 0),
    NAME_SAME(Comparison.NAME, 4.0),
    NAME_INITIALS(Comparison.NAME, 3.0),
    NAME_ONE_EDIT(Comparison.NAME, 3.0),
    NAME_TWO_WORDS(Comparison.NAME, 3.0),
    NAME_ONE_WORD(Comparison.NAME, 1.0),
    /**
     * One word shared (a family name), and the other given names or initials disagree: "G. Öberg" and "Oskar
     * Öberg", "Wojciech Woźniak" and "Zofia Woźniak". Another member of the family, often on a family or
     * company address they share: evidence of another person, not of the same one.
     */
    NAME_OTHER_GIVEN(Comparison.NAME, -1.0),
    NAME_DIFFERENT(Comparison.NAME, -2.0),
    CARD_SAME(Comparison.CARD, 3.0),
    /** Another card: estimated from the incident (people pay one booking with two cards often enough). */
    CARD_OTHER(Comparison.CARD, 0),
    PICKUP_SAME_TIME(Comparison.PICKUP, 4.0),
    PICKUP_SAME_DAY(Comparison.PICKUP, 2.0),
    PICKUP_WITHIN_DAY(Comparison.PICKUP, 0.5),
    PICKUP_MOVED_BY_MODIFICATION(Comparison.PICKUP, 0),
    PICKUP_OTHER_DAY(Comparison.PICKUP, -8.0),
    PAID_OUTSIDE_PERIOD(Comparison.PAID_AT, -8.0),
    PAID_AT_BOOKING(Comparison.PAID_AT, 4.0),
    PAID_AT_PICKUP(Comparison.PAID_AT, 4.0),
    PAID_BOOKING_DAY(Comparison.PAID_AT, 2.5),
    PAID_AROUND_PICKUP(Comparison.PAID_AT, 2.5),
    PAID_AT_RETURN(Comparison.PAID_AT, 2.0),
    PAID_IN_PERIOD(Comparison.PAID_AT, 0.5),
    /** Before pickup, to a reservation whose booking date is unknown (a calendar entry alone): maybe its deposit. */
    PAID_BEFORE_PICKUP_BOOKED_UNKNOWN(Comparison.PAID_AT, 0.5),
    AMOUNT_TOTAL(Comparison.AMOUNT, 2.0),
    AMOUNT_BALANCE(Comparison.AMOUNT, 2.0),
    AMOUNT_RECEIPT(Comparison.AMOUNT, 4.0),
    /** Paid before return to a reservation already paid in full: a second booking's money, or a rare overpayment. */
    AMOUNT_ALREADY_PAID(Comparison.AMOUNT, -2.0),
    AMOUNT_OTHER(Comparison.AMOUNT, 0),
    /** The reservation states no price; the amount is what its car usually costs for its days ({@link Tariff}). */
    AMOUNT_USUAL_PRICE(Comparison.AMOUNT, 1.0),
    AMOUNT_NOT_USUAL_PRICE(Comparison.AMOUNT, 0),
    /**
     * The reservation states no price and holds money already; with it, the amount does not make its car's usual
     * price: a deposit on another booking, or a balance on a discount. The incident's estimate tells which.
     */
    AMOUNT_NOT_USUAL_REST(Comparison.AMOUNT, 0),
    /** Nothing paid yet, and the amount is the business's usual deposit share of the total or usual price. */
    AMOUNT_USUAL_DEPOSIT(Comparison.AMOUNT, 1.0),
    /** The same number plate: the very car the reservation holds. */
    VEHICLE_SAME_PLATE(Comparison.VEHICLE, 3.0),
    VEHICLE_SAME_MODEL(Comparison.VEHICLE, 1.0),
    /** Another car: a namesake's booking, or a change of car the reservation has not seen yet. */
    VEHICLE_OTHER(Comparison.VEHICLE, -1.0),
    LOCATION_SAME(Comparison.LOCATION, 1.0),
    LOCATION_OTHER(Comparison.LOCATION, -1.0);

    final Comparison comparison;
    final double prior;

    Level(Comparison comparison, double prior) {
        this.comparison = comparison;
        this.prior = prior;
    }
}
