package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;

/**
 * A reservation being assembled: its members and the profile the scorer compares new records against.
 * The profile only grows (every member's keys are kept) so a later record can match any of them.
 */
final class Cluster {
    final String seedKey;
    final String reference;
    final List<Member> members = new ArrayList<>();
    final Set<Long> recordIds = new SmallSet<>();
    /** The staff decision holding this reservation's records together, if any. */
    Constraints.Pin pin;
    final AddressSet emails = new AddressSet();
    final Set<String> phones = new SmallSet<>();
    /** Addresses the booking records (mails, calendar entries) give: the one the customer booked with. */
    final Set<String> bookingEmails = new SmallSet<>();
    final Set<String> nameKeys = new SmallSet<>();
    final Set<String> nameTokens = new SmallSet<>();
    final List<List<String>> names = new ArrayList<>();
    /** Each of {@link #names} as {@link NameComparison#words}. */
    final List<List<String>> nameWords = new ArrayList<>();
    /** Each of {@link #names} as full words, nicknames expanded, sorted (as {@link Keys#nameTokens}). */
    final List<List<String>> fullNames = new ArrayList<>();
    final Set<String> messageIds = new SmallSet<>();
    final Set<String> cardLast4 = new SmallSet<>();
    /** Cars (model and plate, folded) the records state, and pickup places the booking records state. */
    final Set<String> vehicles = new SmallSet<>();
    final Set<String> plates = new SmallSet<>();
    final Set<String> locations = new SmallSet<>();
    /** Calendars holding a live (not cancelled) event of this reservation. */
    final Set<String> eventCalendars = new SmallSet<>();
    OffsetDateTime pickupAt;
    OffsetDateTime returnAt;
    OffsetDateTime bookedAt;
    /** The three times above in epoch seconds, kept in step with them: scoring compares them for every pair. */
    long pickupSecond;
    long returnSecond;
    long bookedSecond;
    BigDecimal totalPrice;
    BigDecimal paid = BigDecimal.ZERO;
    /** The two above as {@link Money} units, kept in step with them. */
    long totalUnits = Money.NONE;
    long paidUnits;

    Cluster(String seedKey, String reference) {
        this.seedKey = seedKey;
        this.reference = reference;
    }

    void add(Member member, Probe probe) {
        members.add(member);
        recordIds.add(member.observation().recordId());
        BookingFacts f = probe.facts;
        if (probe.email != null && !probe.email.isBlank()) {
            emails.add(probe.email, probe.emailShape);
            if (f.kind().describesBooking()) bookingEmails.add(probe.email);
        }
        add(messageIds, probe.messageId);
        add(phones, probe.phone);
        if (probe.nameKey != null) {
            nameKeys.add(probe.nameKey);
            nameTokens.addAll(probe.nameTokens);
            if (!names.contains(probe.nameWithInitials)) {
                names.add(probe.nameWithInitials);
                nameWords.add(probe.nameWords);
                fullNames.add(probe.nameTokens);
            }
        }
        add(cardLast4, f.cardLast4());
        if (f.kind() == DocumentKind.BOOKING_EVENT) add(eventCalendars, f.calendar());
        add(vehicles, probe.vehicle); // a payment's too: its description may name the car (FleetNames)
        add(plates, probe.plate);
        if (f.kind().describesBooking()) {
            add(locations, probe.location);
            if (pickupAt == null || f.kind() == DocumentKind.BOOKING_MODIFICATION) {
                if (f.pickupAt() != null) pickupAt = f.pickupAt();
                if (f.returnAt() != null) returnAt = f.returnAt();
            }
            // Only a confirmation is dated when the booking was made: a modification or cancellation mail is dated
            // when it was changed, and a payment made at booking would look older than the booking itself.
            if (f.recordedAt() != null && f.kind() == DocumentKind.BOOKING_CONFIRMATION
                    && (bookedAt == null || f.recordedAt().isBefore(bookedAt))) {
                bookedAt = f.recordedAt();
            }
            if (f.totalPrice() != null) {
                totalPrice = f.totalPrice();
                totalUnits = Money.units(totalPrice);
            }
        }
        if (pickupAt == null && f.pickupAt() != null) pickupAt = f.pickupAt(); // e.g. a payment's pickup metadata
        if (pickupAt != null) pickupSecond = pickupAt.toEpochSecond();
        if (returnAt != null) returnSecond = returnAt.toEpochSecond();
        if (bookedAt != null) bookedSecond = bookedAt.toEpochSecond();
        if (f.kind() == DocumentKind.PAYMENT && f.amount() != null && f.paymentStatus() != null
                && f.paymentStatus() != org.rebook.model.PaymentStatus.FAILED) {
            paid = paid.add(f.amount());
            paidUnits = Money.plus(paidUnits, probe.amountUnits);
        }
    }

    /** This reservation's name keys of more than one word: its full names, which a customer's bookings share. */
    List<String> fullNameKeys() {
        List<String> out = new ArrayList<>(nameKeys.size());
        for (String key : nameKeys) if (key.indexOf(' ') >= 0) out.add(key);
        return out;
    }

    /** Whether one of {@code keys} is among this reservation's name keys. */
    boolean hasAnyName(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) if (nameKeys.contains(keys.get(i))) return true;
        return false;
    }

    /** Whether the two hold one address (other than a {@code shared} one) or one phone number. */
    boolean sharesContact(Cluster other, java.util.function.Predicate<String> shared) {
        if (emails.sharesWith(other.emails, shared)) return true;
        for (String phone : phones) if (other.phones.contains(phone)) return true;
        return false;
    }

    /**
     * Role rule: a booking has one live event per calendar, so a second one on the same calendar is another
     * booking (a repeat customer's), however well its name and dates fit. Staff may still merge them.
     */
    boolean hasRoomFor(Probe probe) {
        BookingFacts f = probe.facts;
        return f.kind() != DocumentKind.BOOKING_EVENT || f.calendar() == null || !eventCalendars.contains(f.calendar());
    }

    boolean holdsPayment() {
        return members.stream().anyMatch(m -> m.observation().facts().kind() == DocumentKind.PAYMENT);
    }

    boolean hasBookingDetails() {
        return members.stream().anyMatch(m -> m.observation().facts().kind().describesBooking());
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isBlank()) set.add(value);
    }
}
