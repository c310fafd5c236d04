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
 * Day keys compare calendar days. A booking confirmed at 23:52 is paid at 00:09 the next day: a look-up near
 * midnight also takes the blocks of the day on the other side of it.
 */
class DayEdgeBlockingTest {
    private static final OffsetDateTime LATE = OffsetDateTime.parse("2026-10-13T23:52+01:00");
    private long nextId = 1;

    @Test
    void aPaymentJustAfterMidnightMeetsTheBookingConfirmedJustBefore() {
        ClusterIndex index = new ClusterIndex(null);
        Cluster own = Facts.startIn(index, confirmation("m-own", "Letícia Teixeira", LATE));

        // Nothing but the amount on the day joins them: no name, another address.
        assertThat(index.candidatesUncounted(payment(null, LATE.plusMinutes(17)))).contains(own);
        assertThat(index.candidatesUncounted(payment(null, LATE.plusHours(12)))).doesNotContain(own);
    }

    @Test
    void aCommonFirstNameMeetsItsBookingOfTheDayBefore() {
        ClusterIndex index = new ClusterIndex(null);
        // Fifty other Letícias, on other days: the word alone is too big a block.
        for (int i = 0; i < 50; i++) Facts.startIn(index, confirmation("m" + i, "Letícia Souza", LATE.plusDays(2 + i)));
        Cluster own = Facts.startIn(index, confirmation("m-own", "Letícia Teixeira", LATE));

        assertThat(index.candidatesUncounted(payment("Letícia Texeira", LATE.plusMinutes(17), "99.00"))).contains(own);
        assertThat(index.candidatesUncounted(payment("Letícia Texeira", LATE.plusHours(12), "99.00"))).doesNotContain(own);
    }

    @Test
    void onlyTimesNearMidnightLookNextDoor() {
        assertThat(ClusterIndex.neighbourDay(OffsetDateTime.parse("2026-10-14T00:09+01:00")))
                .isEqualTo(OffsetDateTime.parse("2026-10-13T00:09+01:00"));
        assertThat(ClusterIndex.neighbourDay(OffsetDateTime.parse("2026-10-13T23:52+01:00")))
                .isEqualTo(OffsetDateTime.parse("2026-10-14T23:52+01:00"));
        assertThat(ClusterIndex.neighbourDay(OffsetDateTime.parse("2026-10-13T12:00+01:00"))).isNull();
    }

    private Observation confirmation(String id, String name, OffsetDateTime sent) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).customerName(name)
                .customerEmail(id + "@mail.example").recordedAt(sent).pickupAt(sent.plusDays(45)).returnAt(sent.plusDays(50))
                .totalPrice(new BigDecimal("562.50")).currency("EUR").vehicle("Tesla Model 3").build();
        return new Observation(nextId++, Source.EMAIL, id, f);
    }

    private Probe payment(String name, OffsetDateTime at) { return payment(name, at, "562.50"); }

    private Probe payment(String name, OffsetDateTime at, String amount) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(name).customerEmail("teixeira@company-16.example")
                .recordedAt(at).amount(new BigDecimal(amount)).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").purpose("Car rental – booking").build();
        return new Probe(new Observation(nextId++, Source.STRIPE, "ch_" + nextId, f));
    }
}
