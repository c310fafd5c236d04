package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Source;

/**
 * "Maria" is too common a word to block on alone, so records meet the Marias of their own day (name word + day).
 * A payment whose address already has a booking under the same name on that day has found its customer there: it
 * skips them, all but those whose record of the day carries no address.
 */
class AddressDayBlockingTest {
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2026-11-26T10:00Z");
    private long nextId = 1;

    @Test
    void aPaymentWhoseAddressHasABookingThatDayIsNotComparedWithTheNamesakesOfThatDay() {
        ClusterIndex index = indexWithFiftyMarias();
        Cluster own = Facts.startIn(index, confirmation("m-own", "Maria Silva", "maria.silva@mail.example", DAY));
        Cluster namesake = Facts.startIn(index, confirmation("m-other", "Maria Costa", "costa@mail.example", DAY));

        assertThat(index.candidatesUncounted(payment("Maria Silva", "maria.silva@mail.example", DAY)))
                .contains(own).doesNotContain(namesake);
    }

    @Test
    void itStillMeetsTheCalendarEntriesOfItsDayThatCarryNoAddress() {
        ClusterIndex index = indexWithFiftyMarias();
        Facts.startIn(index, confirmation("m-earlier", "Maria Silva", "maria.silva@mail.example", DAY));
        Cluster namesake = Facts.startIn(index, confirmation("m-other", "Maria Costa", "costa@mail.example", DAY));
        // Her second booking that day survived only in the calendar, under a misspelt surname.
        Cluster calendarOnly = Facts.startIn(index, event("e-now", "Maria Silvaa", DAY));

        ClusterIndex.Lookup l = index.lookup(payment("Maria Silva", "maria.silva@mail.example", DAY));
        assertThat(l.clusters()).contains(calendarOnly).doesNotContain(namesake);
        index.count(l);
        assertThat(index.pairsByRule()).containsEntry("name word + day", 0L).containsEntry("name word + day, no address", 1L);
    }

    @Test
    void aPaymentFromAnotherAddressStillMeetsEveryMariaOfItsDay() {
        ClusterIndex index = indexWithFiftyMarias();
        Cluster own = Facts.startIn(index, confirmation("m-own", "Maria Silva", "maria.silva@mail.example", DAY));
        Cluster namesake = Facts.startIn(index, confirmation("m-other", "Maria Costa", "costa@mail.example", DAY));

        // Paid from a work address under a misspelt surname: only the first name on the day can find her booking.
        assertThat(index.candidatesUncounted(payment("Maria Sliva", "m.silva@work.example", DAY)))
                .contains(own, namesake);
    }

    @Test
    void aColleagueBookingThatDayFromTheSharedWorkAddressDoesNotEndTheSearch() {
        ClusterIndex index = indexWithFiftyMarias();
        Cluster colleague = Facts.startIn(index, confirmation("m-colleague", "Maria Costa", "sales@company.example", DAY));
        Cluster calendarOnly = Facts.startIn(index, event("e-silva", "Maria Silvaa", DAY));

        assertThat(index.candidatesUncounted(payment("Maria Silva", "sales@company.example", DAY)))
                .contains(colleague, calendarOnly);
    }

    @Test
    void aBookingKnownOnlyFromTheCalendarIsFoundThoughTheAddressHasAnotherBookingOnAnotherDay() {
        ClusterIndex index = indexWithFiftyMarias();
        Cluster earlier = Facts.startIn(index, confirmation("m-earlier", "Maria Silva", "maria.silva@mail.example", DAY.minusDays(40)));
        Cluster calendarOnly = Facts.startIn(index, event("e-now", "Maria Silvaa", DAY));

        assertThat(index.candidatesUncounted(payment("Maria Silva", "maria.silva@mail.example", DAY)))
                .contains(earlier, calendarOnly);
    }

    @Test
    void aLookUpMadeBeforeTheAddressHadABookingThatDayNoLongerHoldsOnceItHasOne() {
        ClusterIndex index = indexWithFiftyMarias();
        Facts.startIn(index, confirmation("m-other", "Maria Costa", "costa@mail.example", DAY));
        Probe probe = payment("Maria Silva", "maria.silva@mail.example", DAY);
        ClusterIndex.Lookup before = index.lookup(probe);
        assertThat(index.stillHolds(before)).isTrue();

        Facts.startIn(index, confirmation("m-own", "Maria Silva", "maria.silva@mail.example", DAY));

        // Decided ahead without the gate, it must be decided again: the same look-up now skips the namesakes.
        assertThat(index.stillHolds(before)).isFalse();
        assertThat(index.lookup(probe).clusters()).hasSize(1);
    }

    @Test
    void aCalendarEntryMeetsEveryMariaOfItsPickupDayThoughItsAddressHasABookingThatDay() {
        ClusterIndex index = indexWithFiftyMarias();
        Facts.startIn(index, confirmation("m-own", "Maria Silva", "maria.silva@mail.example", DAY));
        Cluster namesake = Facts.startIn(index, confirmation("m-other", "Maria Costa", "costa@mail.example", DAY));
        BookingFacts entry = BookingFacts.builder(DocumentKind.BOOKING_EVENT).customerName("Maria Silva")
                .customerEmail("maria.silva@mail.example").pickupAt(DAY).returnAt(DAY.plusDays(3)).recordedAt(DAY)
                .calendar("Airport desk").build();

        // Her second booking that day, or this one on another calendar: a booking record searches on.
        assertThat(index.candidatesUncounted(new Probe(new Observation(nextId++, Source.CALENDAR, "e-desk", entry))))
                .contains(namesake);
    }

    /** Fifty Marias on other days, so the word "maria" alone is too big a block. */
    private ClusterIndex indexWithFiftyMarias() {
        ClusterIndex index = new ClusterIndex(null);
        for (int i = 0; i < 50; i++) {
            Facts.startIn(index, confirmation("m" + i, "Maria Fernandes" + (char) ('a' + i % 26) + i, "maria" + i + "@mail.example",
                    DAY.plusDays(3 + i)));
        }
        return index;
    }

    /** Booked a month before pickup, so only the pickup day is on that day. */
    private Observation confirmation(String id, String name, String email, OffsetDateTime pickup) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).customerName(name).customerEmail(email)
                .pickupAt(pickup).returnAt(pickup.plusDays(3)).recordedAt(pickup.minusDays(30)).build();
        return new Observation(nextId++, Source.EMAIL, id, f);
    }

    private Observation event(String id, String name, OffsetDateTime pickup) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_EVENT).customerName(name)
                .pickupAt(pickup).returnAt(pickup.plusDays(3)).recordedAt(pickup).calendar("Bookings").build();
        return new Observation(nextId++, Source.CALENDAR, id, f);
    }

    private Probe payment(String name, String email, OffsetDateTime at) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(name).customerEmail(email)
                .recordedAt(at).amount(new BigDecimal("180.00")).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").build();
        return new Probe(new Observation(nextId++, Source.STRIPE, "ch_" + nextId, f));
    }
}
