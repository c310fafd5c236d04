package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Source;

/**
 * A booking mail states its total; its payment came from a work address, under a misspelt surname, on a day when
 * that standard price was on too many bookings for the amount + date block. "Maria" alone is too common a word to
 * compare one by one. A name word with the stated total, or the usual deposit on it, still finds the booking.
 */
class StatedPriceBlockingTest {
    private static final OffsetDateTime BOOKED = OffsetDateTime.parse("2026-11-08T08:40Z");
    private static final Tariff TARIFF = Tariff.of(Map.of(), new BigDecimal("0.30"));
    private long nextId = 1;

    @Test
    void aPaymentOfTheStatedTotalFindsItsBookingThroughAFirstNameAndThePrice() {
        ClusterIndex index = indexWithBusyDay();
        Cluster own = Facts.startIn(index, confirmation("m-own", "Maria Gonçalves", "180.50", BOOKED));

        assertThat(index.candidatesUncounted(payment("Maria Gonçalvs", "180.50", BOOKED.plusMinutes(7)))).contains(own);
        assertThat(index.candidatesUncounted(payment("Maria Gonçalvs", "181.00", BOOKED.plusMinutes(7)))).doesNotContain(own);
        assertThat(index.candidatesUncounted(payment("Inês Gonçalvs", "180.50", BOOKED.plusMinutes(7)))).doesNotContain(own);
    }

    @Test
    void theUsualDepositOnTheStatedTotalFindsItWeeksLater() {
        ClusterIndex index = indexWithBusyDay();
        Cluster own = Facts.startIn(index, confirmation("m-own", "Maria Gonçalves", "180.50", BOOKED));

        // 30 % of 180.50 is 54.15: to the cent, or rounded to 54 or 55.
        for (String deposit : java.util.List.of("54.15", "54.00", "55.00")) {
            assertThat(index.candidatesUncounted(payment("Maria Gonçalvs", deposit, BOOKED.plusDays(20)))).as(deposit)
                    .contains(own);
        }
        assertThat(index.candidatesUncounted(payment("Maria Gonçalvs", "53.00", BOOKED.plusDays(20)))).doesNotContain(own);
    }

    /**
     * Fifty other Marias booked that day at other prices, and fifty other customers at that standard price: the
     * name word, the name word on the day and the amount on the day are each too big a block.
     */
    private ClusterIndex indexWithBusyDay() {
        ClusterIndex index = new ClusterIndex(TARIFF);
        for (int i = 0; i < 50; i++) {
            Facts.startIn(index, confirmation("maria" + i, "Maria Costa", (200 + i) + ".00", BOOKED));
            Facts.startIn(index, confirmation("other" + i, "Sven Berg", "180.50", BOOKED));
        }
        return index;
    }

    private Observation confirmation(String id, String name, String total, OffsetDateTime sent) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).customerName(name)
                .customerEmail(id + "@mail.example").recordedAt(sent).pickupAt(sent.plusDays(19)).returnAt(sent.plusDays(23))
                .totalPrice(new BigDecimal(total)).currency("EUR").vehicle("VW Polo").build();
        return new Observation(nextId++, Source.EMAIL, id, f);
    }

    private Probe payment(String name, String amount, OffsetDateTime at) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(name).customerEmail("goncalves@company-21.example")
                .recordedAt(at).amount(new BigDecimal(amount)).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").purpose("Car rental – booking").build();
        return new Probe(new Observation(nextId++, Source.STRIPE, "ch_" + nextId, f));
    }
}
