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
 * A repeat customer's payment between two of their bookings: what the weights say about which booking it is
 * about, when one of them already holds its money or nothing about the booking agrees.
 */
class RepeatCustomerPaymentTest {
    private static final OffsetDateTime PICKUP = OffsetDateTime.parse("2026-11-26T14:00Z");
    private static final Tariff TARIFF = Tariff.of(Map.of(Keys.folded("Peugeot 208") + "|7", new BigDecimal("327.50")), null);
    private final LinkScorer scorer = new LinkScorer(Map.of(), new NameFrequency(Map.of(), 1), new PriceFrequency(Map.of(), 1),
            TARIFF, MatchWeights.priors(), Calibration.PRIOR, PaymentPurposes.NONE);
    private long nextId = 1;

    @Test
    void aCalendarBookingAlreadyPaidItsCarsUsualPriceTakesNoMoreMoneyBeforeReturn() {
        // The calendar states no price; the car's usual price for its seven days was paid in full at booking.
        Cluster booking = cluster(event("ev-caio", "Caio Carvalho", "Peugeot 208", PICKUP, PICKUP.plusDays(7)),
                payment("ch_full", "Caio Carvalho", "327.50", PICKUP.minusDays(30)));

        LinkScore another = scorer.score(new Probe(payment("ch_other", "Caio Carvalho", "287.50", PICKUP.minusDays(20))), booking);

        assertThat(another.has(Level.AMOUNT_ALREADY_PAID)).isTrue();
        assertThat(another.outsideBooking()).isTrue();
        assertThat(another.summary()).contains("booking already paid the usual price of this car for 7 days");
    }

    @Test
    void theBalanceThatCompletesTheUsualPriceStillFits() {
        Cluster booking = cluster(event("ev-caio", "Caio Carvalho", "Peugeot 208", PICKUP, PICKUP.plusDays(7)),
                payment("ch_dep", "Caio Carvalho", "98.25", PICKUP.minusDays(30)));

        LinkScore balance = scorer.score(new Probe(payment("ch_bal", "Caio Carvalho", "229.25", PICKUP)), booking);

        assertThat(balance.has(Level.AMOUNT_ALREADY_PAID)).isFalse();
        assertThat(balance.has(Level.AMOUNT_USUAL_PRICE)).isTrue();
    }

    @Test
    void aDepositThatWithWhatWasPaidMakesNoUsualPriceIsWeighedAsSuch() {
        // The balance was paid with the booking's reference; a deposit of another booking (larger than this whole
        // booking costs) is weighed by the level the incident estimates, where it used to weigh nothing.
        Cluster booking = cluster(event("ev-isla", "Isla Thomas", "Peugeot 208", PICKUP, PICKUP.plusDays(7)),
                payment("ch_bal", "Isla Thomas", "229.25", PICKUP));

        LinkScore deposit = scorer.score(new Probe(payment("ch_dep", "Isla Thomas", "565.00", PICKUP.minusDays(80))), booking);

        assertThat(deposit.has(Level.AMOUNT_NOT_USUAL_REST)).isTrue();
        assertThat(deposit.summary()).contains("with what was paid, amount ≠ the usual price of this car for 7 days");
    }

    @Test
    void bookingWeightsThatDifferOnlyByRoundingTie() {
        // Both sums came out of the scorer for one payment and two bookings (identity 4 and 3, same booking evidence).
        assertThat(LinkScore.bookingWeight(8.535667359189585, 4.0)).isEqualTo(LinkScore.bookingWeight(7.535667359189586, 3.0));
        assertThat(LinkScore.bookingWeight(8.6, 4.0)).isGreaterThan(LinkScore.bookingWeight(7.5, 3.0));
    }

    private Cluster cluster(Observation... records) {
        Cluster c = new Cluster(records[0].key(), null);
        for (Observation o : records) c.add(Member.byReference(o, "starts", 1.0, null), new Probe(o));
        return c;
    }

    private Observation event(String id, String name, String car, OffsetDateTime pickup, OffsetDateTime ret) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_EVENT).customerName(name).vehicle(car)
                .pickupAt(pickup).returnAt(ret).recordedAt(pickup).calendar("Bookings").build();
        return new Observation(nextId++, Source.CALENDAR, id, f);
    }

    private Observation payment(String id, String name, String amount, OffsetDateTime at) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(name).customerEmail("caio@company.example")
                .recordedAt(at).amount(new BigDecimal(amount)).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").purpose("Car rental – booking").build();
        return new Observation(nextId++, Source.STRIPE, id, f);
    }
}
