package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Source;

/**
 * A calendar entry states no price and its payment was made weeks before pickup, under a surname too common
 * to compare one by one: the car's usual price for the entry's days is what brings the two together.
 */
class UsualPriceBlockingTest {
    private static final OffsetDateTime PICKUP = OffsetDateTime.parse("2026-11-26T14:00Z");
    private static final Tariff TARIFF = Tariff.of(Map.of(Keys.folded("Peugeot 208") + "|7", new BigDecimal("327.50")), null);
    private long nextId = 1;

    @Test
    void aPaymentOfTheUsualPriceFindsTheCalendarEntryUnderACommonSurname() {
        ClusterIndex index = indexWithGirards();
        Cluster helene = Facts.startIn(index, event("ev-helene", "Hélène Girard", "Peugeot 208", PICKUP, PICKUP.plusDays(7)));

        assertThat(index.candidatesUncounted(payment("H. Girard", "327.50"))).contains(helene);
        assertThat(index.candidatesUncounted(payment("H. Girard", "300.00"))).doesNotContain(helene);
        assertThat(index.candidatesUncounted(payment("H. Martin", "327.50"))).doesNotContain(helene);
    }

    @Test
    void aDepositOfTheUsualShareFindsItToo() {
        ClusterIndex index = new ClusterIndex(Tariff.of(TARIFF.entries(), new BigDecimal("0.30")));
        for (int i = 0; i < 60; i++) Facts.startIn(index, event("ev" + i, "Anne Girard", "Fiat 500", PICKUP.plusDays(i), PICKUP.plusDays(i + 2)));
        Cluster helene = Facts.startIn(index, event("ev-helene", "Hélène Girard", "Peugeot 208", PICKUP, PICKUP.plusDays(7)));

        // 30 % of 327.50 is 98.25: taken to the cent, or rounded to 98 or 99.
        for (String deposit : List.of("98.25", "98.00", "99.00")) {
            assertThat(index.candidatesUncounted(payment("H. Girard", deposit))).as(deposit).contains(helene);
        }
        assertThat(index.candidatesUncounted(payment("H. Girard", "97.00"))).doesNotContain(helene);
    }

    @Test
    void withoutAUsualPriceTheRuleStaysSilent() {
        ClusterIndex index = new ClusterIndex(null);
        for (int i = 0; i < 60; i++) Facts.startIn(index, event("ev" + i, "Anne Girard", "Fiat 500", PICKUP.plusDays(i), PICKUP.plusDays(i + 2)));
        Cluster helene = Facts.startIn(index, event("ev-helene", "Hélène Girard", "Peugeot 208", PICKUP, PICKUP.plusDays(7)));

        assertThat(index.candidatesUncounted(payment("H. Girard", "327.50"))).doesNotContain(helene);
    }

    /** Sixty other Girards' calendar entries, other cars and lengths: the surname alone is too big a block. */
    private ClusterIndex indexWithGirards() {
        ClusterIndex index = new ClusterIndex(TARIFF);
        for (int i = 0; i < 60; i++) Facts.startIn(index, event("ev" + i, "Anne Girard", "Fiat 500", PICKUP.plusDays(i), PICKUP.plusDays(i + 2)));
        return index;
    }

    private Observation event(String id, String name, String car, OffsetDateTime pickup, OffsetDateTime ret) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_EVENT).customerName(name).vehicle(car)
                .pickupAt(pickup).returnAt(ret).recordedAt(pickup).calendar("Bookings").build();
        return new Observation(nextId++, Source.CALENDAR, id, f);
    }

    private Probe payment(String name, String amount) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(name).customerEmail("h.girard@mail.example")
                .recordedAt(PICKUP.minusDays(13)).amount(new BigDecimal(amount)).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").purpose("Car rental – booking").build();
        return new Probe(new Observation(nextId++, Source.STRIPE, "ch_" + nextId, f));
    }
}
