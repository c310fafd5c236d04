package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;

/**
 * Compares a record with a reservation, one comparison at a time, each adding a weight and a reason.
 * Identity comparisons (email, phone, name, card) say whether it is the same customer; time and amount
 * comparisons say whether it is the same booking of that customer.
 */
final class LinkScorer {
    private static final long DAY = 86_400;
    /** Addresses shorter than this ("a@b.co") are one letter from too many others to grade as close. */
    static final int MIN_CLOSE_EMAIL = 10;
    /** Addresses records give for more than one person ({@link SharedAddresses}). */
    private final Map<String, Integer> sharedEmails;
    private final NameFrequency names;
    private final PriceFrequency prices;
    private final Tariff tariff;
    private final MatchWeights weights;
    private final Calibration calibration;
    private final PaymentPurposes purposes;

    LinkScorer(Map<String, Integer> sharedEmails, NameFrequency names, PriceFrequency prices, Tariff tariff,
               MatchWeights weights, Calibration calibration, PaymentPurposes purposes) {
        this.sharedEmails = sharedEmails;
        this.names = names;
        this.prices = prices;
        this.tariff = tariff;
        this.weights = weights;
        this.calibration = calibration;
        this.purposes = purposes;
    }

    LinkScorer with(MatchWeights other) {
        return new LinkScorer(sharedEmails, names, prices, tariff, other, calibration, purposes);
    }

    MatchWeights weights() { return weights; }

    /** An address several people use (a family's, an office's): it tells less of who paid. */
    boolean sharedEmail(String email) { return sharedEmails.containsKey(email); }

    Tariff tariff() { return tariff; }

    /** The probability that a link with this score is right, on the incident's fitted scale. */
    double probability(LinkScore score) { return calibration.probability(score.total()); }

    LinkScore score(Probe p, Cluster c) {
        BookingFacts f = p.facts;
        Weights reasons = new Weights(weights, p.purpose);
        double identity = 0;
        boolean contradicted = false;

        String email = p.email;
        if (email != null && c.emails.contains(email)) {
            // An address several people use (a family's or an office's) identifies less.
            boolean shared = sharedEmail(email);
            identity += reasons.add(shared ? Level.EMAIL_SAME_SHARED : Level.EMAIL_SAME, () -> "same email " + email);
        } else if (email != null && c.emails.hasCloseTo(email, p.emailShape)) {
            identity += reasons.add(Level.EMAIL_CLOSE, () -> "email " + email + " is one letter off");
        } else if (email != null && !c.emails.isEmpty()) {
            // People pay with a work or family address, so on its own this is no evidence. But when several
            // people share the name, another address suggests another person. A booking, though, is made with one
            // address: a booking record's other address is weighed on its own (estimated, usually far stronger).
            contradicted = true;
            boolean booked = f.kind().describesBooking() && !c.bookingEmails.isEmpty();
            identity += reasons.add(booked ? Level.EMAIL_OTHER_BOOKING : Level.EMAIL_OTHER, () -> "other email " + email);
        }
        String phone = p.phone;
        if (phone != null && c.phones.contains(phone)) {
            identity += reasons.add(Level.PHONE_SAME, "same phone");
        } else if (phone != null && !c.phones.isEmpty()) {
            identity += reasons.add(Level.PHONE_OTHER, "other phone");
        }
        if (!p.threadIds.isEmpty() && !c.messageIds.isEmpty()) {
            String answered = p.threadIds.stream().filter(c.messageIds::contains).findFirst().orElse(null);
            identity += answered != null
                    ? reasons.add(Level.THREAD_ANSWERS, () -> "answers mail " + answered + " of this booking") // same conversation
                    : reasons.add(Level.THREAD_OTHER, "answers another conversation");
        }
        double name = nameWeight(p, c, reasons);
        if (name < 0) contradicted = true;
        identity += name;
        if (f.cardLast4() != null && c.cardLast4.contains(f.cardLast4())) {
            identity += reasons.add(Level.CARD_SAME, () -> "same card ending " + f.cardLast4());
        } else if (f.cardLast4() != null && !c.cardLast4.isEmpty()) {
            identity += reasons.add(Level.CARD_OTHER, "another card");
        }
        double time = f.kind().describesBooking() ? bookingTimeWeight(f, c, reasons) : paymentTimeWeight(p, c, reasons);
        double amount = amountWeight(p, c, reasons);
        double car = vehicleWeight(p, c, reasons) + (f.kind().describesBooking() ? locationWeight(p, c, reasons) : 0);
        // What the payment's description says of it, whatever the reservation (PaymentPurposes).
        double purpose = purposes.priorWeight(p.purpose);
        // No branch on it here: linking meets seldom descriptions that estimation never does, and a branch the
        // compiled code had never seen taken cost ~300k deoptimisations at 100k reservations. LinkScore shows
        // the reason only when the weight is negative.
        String key = p.purpose;
        return reasons.score(identity + time + amount + car + purpose, identity, contradicted, purpose,
                () -> purposes.seldom(key));
    }

    /**
     * Whether reservation address {@code e} is one edit from {@code email}, with the same digits: numbers tell
     * accounts apart ("maria1990@" and "maria1991@", "sales@company-12" and "sales@company-13" are other people),
     * letters are where people slip. Short addresses must match exactly.
     */
    static boolean closeEmail(String email, String e) {
        return email.length() >= MIN_CLOSE_EMAIL && e.length() >= MIN_CLOSE_EMAIL && NameComparison.oneEdit(email, e)
                && digits(email).equals(digits(e));
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) out.append(s.charAt(i));
        return out.toString();
    }

    private double nameWeight(Probe p, Cluster c, Weights reasons) {
        List<String> tokens = p.nameTokens;
        String name = p.facts.customerName();
        if (tokens.isEmpty() || c.nameTokens.isEmpty()) return 0;
        if (c.nameKeys.contains(p.nameKey) && tokens.size() >= 2) {
            double common = names.adjustment(p.nameKey);
            return reasons.add(Level.NAME_SAME, () -> "same name " + name + sharedNote(p.nameKey), common);
        }
        for (int i = 0; i < c.names.size(); i++) {
            if (NameComparison.sameWithInitials(p.nameWithInitials, c.names.get(i))) {
                return reasons.add(Level.NAME_INITIALS, () -> "same name " + name + " (initials agree)");
            }
        }
        for (int i = 0; i < c.fullNames.size(); i++) {
            if (NameComparison.closeTokens(p.nameTokens, c.fullNames.get(i))) {
                return reasons.add(Level.NAME_ONE_EDIT, () -> "name " + name + " is one letter off");
            }
        }
        // Each word once: "Conceição Conceição" shares one word with "Conceição Fonseca", not two.
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (c.nameTokens.contains(t) && tokens.indexOf(t) == i) words++;
        }
        int shared = words;
        if (words >= 2) {
            return reasons.add(Level.NAME_TWO_WORDS, () -> "name " + name + " shares " + shared + " words");
        }
        if (words == 1) {
            if (NameComparison.givenNamesDiffer(p.nameWords, c.nameWords)) {
                return reasons.add(Level.NAME_OTHER_GIVEN, () -> "name " + name + " shares one word, the other differs");
            }
            return reasons.add(Level.NAME_ONE_WORD, () -> "name " + name + " shares one word");
        }
        return reasons.add(Level.NAME_DIFFERENT, () -> "different name " + name);
    }

    /**
     * Comparison levels with their weights and labels, in the order they were made. A label is its text or a
     * {@link Supplier} of it: most pairs scored are never linked, so their labels are never written.
     */
    static final class Weights {
        private static final int CAPACITY = 12;
        final MatchWeights table;
        /** The payment's description key: its timing and amount are weighed with that description's table. */
        final String purpose;
        private Level[] levels = new Level[CAPACITY];
        private double[] values = new double[CAPACITY];
        private Object[] labels = new Object[CAPACITY];
        private int count;

        Weights(MatchWeights table, String purpose) {
            this.table = table;
            this.purpose = purpose;
        }

        double add(Level level, String label) { return put(level, label, 0); }

        double add(Level level, Supplier<String> label) { return put(level, label, 0); }

        /** With a term-frequency adjustment: a common value agrees more often by chance, so it weighs less. */
        double add(Level level, Supplier<String> label, double adjustment) { return put(level, label, adjustment); }

        private double put(Level level, Object label, double adjustment) {
            grow();
            double weight = table.weight(level, purpose) + adjustment;
            levels[count] = level;
            values[count] = weight;
            labels[count++] = label;
            return weight;
        }

        private void grow() {
            if (count < values.length) return; // never at CAPACITY: one entry per comparison
            levels = java.util.Arrays.copyOf(levels, count * 2);
            values = java.util.Arrays.copyOf(values, count * 2);
            labels = java.util.Arrays.copyOf(labels, count * 2);
        }

        LinkScore score(double total, double identity, boolean contradicted, double purposeWeight,
                        Supplier<String> purposeLabel) {
            return new LinkScore(total, identity, contradicted, levels, values, labels, count, purposeWeight, purposeLabel);
        }
    }

    private String sharedNote(String nameKey) {
        int people = names.people(nameKey);
        return people > 1 ? " (a name " + people + " customers share)" : "";
    }

    /**
     * A calendar event or mail about a booking: its pickup should be the reservation's pickup. Graded:
     * the same time (a calendar entry is made from the booking) says more than the same day.
     */
    private static double bookingTimeWeight(BookingFacts f, Cluster c, Weights reasons) {
        if (f.pickupAt() == null || c.pickupAt == null) return 0;
        long minutes = Math.abs(Duration.between(f.pickupAt(), c.pickupAt).toMinutes());
        if (minutes <= 30) {
            return reasons.add(Level.PICKUP_SAME_TIME, () -> "same pickup time " + f.pickupAt().toLocalDateTime());
        }
        if (f.pickupAt().toLocalDate().equals(c.pickupAt.toLocalDate())) {
            return reasons.add(Level.PICKUP_SAME_DAY, () -> "same pickup day " + f.pickupAt().toLocalDate());
        }
        if (minutes <= 36 * 60) {
            return reasons.add(Level.PICKUP_WITHIN_DAY, "pickup within a day");
        }
        if (f.kind() == DocumentKind.BOOKING_MODIFICATION) {
            return reasons.add(Level.PICKUP_MOVED_BY_MODIFICATION, "modification moves pickup");
        }
        OffsetDateTime theirs = c.pickupAt; // as it is now: the reservation may move on before the label is read
        return reasons.add(Level.PICKUP_OTHER_DAY, () -> "pickup " + f.pickupAt().toLocalDate() + " ≠ " + theirs.toLocalDate());
    }

    /**
     * A payment, receipt or reply: it should fall between booking and a while after return. Deposits come at
     * booking, balances at pickup, extras after return; closer to one of those moments says more.
     */
    private static double paymentTimeWeight(Probe p, Cluster c, Weights reasons) {
        BookingFacts f = p.facts;
        OffsetDateTime at = f.recordedAt();
        if (at == null || c.pickupAt == null) return 0;
        // In epoch seconds: called for every candidate pair, and date arithmetic on OffsetDateTime was a fifth
        // of all scoring time at 100k reservations. Offsets are fixed, so a day is 86 400 s.
        long t = p.recordedSecond;
        long pickup = c.pickupSecond;
        long booked = c.bookedSecond;
        long earliest = c.bookedAt != null ? booked - 2 * DAY : pickup - 180 * DAY;
        long end = (c.returnAt != null ? c.returnSecond : pickup) + 30 * DAY;
        if (t < earliest || t > end) {
            return reasons.add(Level.PAID_OUTSIDE_PERIOD, () -> "dated " + at.toLocalDate() + ", outside this booking's period");
        }
        if (c.bookedAt != null && Math.abs(t - booked) / 60 <= 60) {
            return reasons.add(Level.PAID_AT_BOOKING, "made at booking time");
        }
        long fromPickupMinutes = Math.abs(t - pickup) / 60;
        if (fromPickupMinutes <= 3 * 60) {
            return reasons.add(Level.PAID_AT_PICKUP, "made at pickup");
        }
        if (c.bookedAt != null && Math.abs(t - booked) / 3600 <= 24) {
            return reasons.add(Level.PAID_BOOKING_DAY, "made the day of booking");
        }
        if (fromPickupMinutes <= 36 * 60) {
            return reasons.add(Level.PAID_AROUND_PICKUP, "made around pickup");
        }
        if (c.returnAt != null) {
            long ret = c.returnSecond;
            if (t > ret - 12 * 3600 && t < ret + 7 * DAY) return reasons.add(Level.PAID_AT_RETURN, "made at return");
        }
        if (c.bookedAt == null && t < pickup) {
            // Without a booking date "made at booking" cannot be told: a level of its own, so the weight the
            // incident gives "within the period" (usually another booking's) does not fall on deposits.
            return reasons.add(Level.PAID_BEFORE_PICKUP_BOOKED_UNKNOWN, "made before pickup (booking date unknown)");
        }
        return reasons.add(Level.PAID_IN_PERIOD, "dated within the booking's period");
    }

    /** Records that name the car: the same plate, or the same model, tells a namesake's or a second booking apart. */
    private static double vehicleWeight(Probe p, Cluster c, Weights reasons) {
        if (p.plate != null && c.plates.contains(p.plate)) {
            return reasons.add(Level.VEHICLE_SAME_PLATE, () -> "same car " + p.facts.plate());
        }
        if (p.vehicle != null && c.vehicles.contains(p.vehicle)) {
            return reasons.add(Level.VEHICLE_SAME_MODEL, () -> "same model " + p.facts.vehicle());
        }
        if ((p.vehicle != null && !c.vehicles.isEmpty()) || (p.plate != null && !c.plates.isEmpty())) {
            return reasons.add(Level.VEHICLE_OTHER, () -> "other car " + (p.facts.vehicle() != null ? p.facts.vehicle() : p.facts.plate()));
        }
        return 0;
    }

    private static double locationWeight(Probe p, Cluster c, Weights reasons) {
        if (p.location == null || c.locations.isEmpty()) return 0;
        return c.locations.contains(p.location)
                ? reasons.add(Level.LOCATION_SAME, "same pickup place")
                : reasons.add(Level.LOCATION_OTHER, () -> "other pickup place " + p.facts.pickupLocation());
    }

    private double amountWeight(Probe p, Cluster c, Weights reasons) {
        BookingFacts f = p.facts;
        BigDecimal amount = f.amount();
        if (amount == null) return 0;
        if (f.kind() == DocumentKind.PAYMENT_RECEIPT) return receiptWeight(f, c, reasons);
        if (c.totalPrice == null) return usualPriceWeight(p, c, reasons);
        long units = p.amountUnits;
        if (Money.same(units, amount, c.totalUnits, c.totalPrice)) {
            return reasons.add(Level.AMOUNT_TOTAL, () -> "amount equals the booking total", prices.adjustment(amount));
        }
        if (c.paid.signum() > 0 && Money.sumIs(units, amount, c.paidUnits, c.paid, c.totalUnits, c.totalPrice)) {
            return reasons.add(Level.AMOUNT_BALANCE, "amount is the balance due");
        }
        if (c.paid.signum() == 0 && f.kind() == DocumentKind.PAYMENT && tariff.isDeposit(amount, c.totalPrice)) {
            return reasons.add(Level.AMOUNT_USUAL_DEPOSIT, "amount is the usual deposit on the booking total");
        }
        if (f.kind() == DocumentKind.PAYMENT && paidBeforeReturn(p, c, c.totalUnits, c.totalPrice)) {
            return reasons.add(Level.AMOUNT_ALREADY_PAID, "booking already paid in full");
        }
        return reasons.add(Level.AMOUNT_OTHER, "amount ≠ total or balance due");
    }

    /**
     * A reservation that states no price (a calendar entry alone) is weighed against the usual price of its car
     * for its length: a payment of exactly that is likely its full payment; another amount (a deposit, another
     * booking's) says little, and the incident's estimate tells how little.
     */
    private double usualPriceWeight(Probe p, Cluster c, Weights reasons) {
        BookingFacts f = p.facts;
        if (f.kind() != DocumentKind.PAYMENT || c.vehicles.size() != 1) return 0;
        BigDecimal usual = tariff.usualPrice(c.vehicles.iterator().next(), c.pickupAt, c.returnAt);
        if (usual == null) return 0;
        long days = Tariff.days(c.pickupAt, c.returnAt);
        Supplier<String> price = () -> "the usual price of this car for " + days + (days == 1 ? " day" : " days");
        if (c.paid.signum() == 0 && f.amount().compareTo(usual) == 0) {
            return reasons.add(Level.AMOUNT_USUAL_PRICE, () -> "amount is " + price.get(), prices.adjustment(usual));
        }
        if (c.paid.signum() == 0 && tariff.isDeposit(f.amount(), usual)) {
            return reasons.add(Level.AMOUNT_USUAL_DEPOSIT, () -> "amount is the usual deposit on " + price.get());
        }
        if (c.paid.signum() > 0 && f.amount().add(c.paid).compareTo(usual) == 0) {
            return reasons.add(Level.AMOUNT_USUAL_PRICE, () -> "with what was paid, amount makes " + price.get());
        }
        // Paid the car's usual price already, as a stated total would say: more money before return is another booking's.
        if (paidBeforeReturn(p, c, Money.NONE, usual)) { // NONE: compared as decimals, no units made per pair
            return reasons.add(Level.AMOUNT_ALREADY_PAID, () -> "booking already paid " + price.get());
        }
        if (c.paid.signum() == 0) return reasons.add(Level.AMOUNT_NOT_USUAL_PRICE, () -> "amount ≠ " + price.get());
        return reasons.add(Level.AMOUNT_NOT_USUAL_REST, () -> "with what was paid, amount ≠ " + price.get());
    }

    /** The reservation holds {@code price} already and the record was paid before its return. */
    private static boolean paidBeforeReturn(Probe p, Cluster c, long priceUnits, BigDecimal price) {
        OffsetDateTime at = p.facts.recordedAt();
        if (at == null || !Money.atLeast(c.paidUnits, c.paid, priceUnits, price)) return false;
        if (c.returnAt == null) return true;
        // Epoch seconds first (both kept as numbers); only the same second needs the times themselves.
        return p.recordedSecond != c.returnSecond ? p.recordedSecond < c.returnSecond : at.isBefore(c.returnAt);
    }

    /** A receipt mail restates one payment: same amount, same day. */
    private static double receiptWeight(BookingFacts f, Cluster c, Weights reasons) {
        for (Member m : c.members) {
            BookingFacts p = m.observation().facts();
            if (p.kind() == DocumentKind.PAYMENT && p.amount() != null && p.amount().compareTo(f.amount()) == 0
                    && p.recordedAt() != null && f.recordedAt() != null
                    && Math.abs(Duration.between(p.recordedAt(), f.recordedAt()).toHours()) <= 36) {
                String paid = m.observation().nativeId();
                return reasons.add(Level.AMOUNT_RECEIPT, () -> "receipt for payment " + paid);
            }
        }
        return 0;
    }
}
