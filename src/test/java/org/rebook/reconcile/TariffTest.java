package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.at;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Source;

class TariffTest {
    private static long nextId = 1;

    private static Observation confirmation(String ref, String car, String pickup, String ret, String total) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).reference(ref).customerName("Ana Costa")
                .recordedAt(at("2026-10-01T10:00Z")).pickupAt(at(pickup)).returnAt(at(ret))
                .totalPrice(new BigDecimal(total)).vehicle(car).build();
        return new Observation(nextId++, Source.EMAIL, "m" + nextId, f);
    }

    private static Observation payment(String ref, String amount) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).reference(ref).recordedAt(at("2026-10-01T10:05Z"))
                .amount(new BigDecimal(amount)).paymentStatus(PaymentStatus.SUCCEEDED).amountRefunded(BigDecimal.ZERO).build();
        return new Observation(nextId++, Source.STRIPE, "ch" + nextId, f);
    }

    @Test
    void thePriceMostBookingsOfACarAndLengthStateIsItsUsualPrice() {
        Tariff t = Tariff.learn(List.of(
                confirmation("PX-1", "VW Polo", "2026-11-01T10:00Z", "2026-11-04T18:00Z", "212.50"),
                confirmation("PX-2", "VW Polo", "2026-11-08T09:00Z", "2026-11-11T08:00Z", "212.50"),
                confirmation("PX-3", "vw polo", "2026-11-15T12:00Z", "2026-11-18T12:00Z", "212.5"),
                confirmation("PX-4", "VW Polo", "2026-11-20T12:00Z", "2026-11-23T12:00Z", "230.00")));
        // Three days counted as a rental counts them: by date, whatever the hour of return.
        assertThat(t.usualPrice("vwpolo", at("2026-12-01T08:00Z"), at("2026-12-04T19:00Z"))).isEqualByComparingTo("212.50");
        assertThat(t.usualPrice("vwpolo", at("2026-12-01T08:00Z"), at("2026-12-05T08:00Z"))).isNull();
        assertThat(t.usualPrice("peugeot208", at("2026-12-01T08:00Z"), at("2026-12-04T08:00Z"))).isNull();
    }

    @Test
    void pricesThatVaryOrRestOnTooFewBookingsGiveNoUsualPrice() {
        Tariff varying = Tariff.learn(List.of(
                confirmation("PX-1", "VW Polo", "2026-11-01T10:00Z", "2026-11-04T10:00Z", "212.50"),
                confirmation("PX-2", "VW Polo", "2026-11-08T10:00Z", "2026-11-11T10:00Z", "212.50"),
                confirmation("PX-3", "VW Polo", "2026-11-15T10:00Z", "2026-11-18T10:00Z", "230.00"),
                confirmation("PX-4", "VW Polo", "2026-11-20T10:00Z", "2026-11-23T10:00Z", "199.00"),
                confirmation("PX-5", "VW Polo", "2026-11-25T10:00Z", "2026-11-28T10:00Z", "245.00")));
        assertThat(varying.usualPrice("vwpolo", at("2026-12-01T08:00Z"), at("2026-12-04T08:00Z"))).isNull();
        Tariff few = Tariff.learn(List.of(
                confirmation("PX-1", "VW Polo", "2026-11-01T10:00Z", "2026-11-04T10:00Z", "212.50"),
                confirmation("PX-2", "VW Polo", "2026-11-08T10:00Z", "2026-11-11T10:00Z", "212.50")));
        assertThat(few.usualPrice("vwpolo", at("2026-12-01T08:00Z"), at("2026-12-04T08:00Z"))).isNull();
    }

    @Test
    void aDepositShareIsLearntFromReferencedPartPaymentsRoundedToWholeUnits() {
        List<Observation> records = new ArrayList<>();
        String[] totals = {"212.50", "54.50", "397.50", "102.50", "1152.50", "81.50", "237.50", "732.50", "219.50", "342.50"};
        for (int i = 0; i < totals.length; i++) {
            BigDecimal total = new BigDecimal(totals[i]);
            records.add(confirmation("PX-D" + i, "VW Polo", "2026-11-01T10:00Z", "2026-11-03T10:00Z", totals[i]));
            BigDecimal deposit = total.multiply(new BigDecimal("0.30")).setScale(0, java.math.RoundingMode.HALF_UP);
            records.add(payment("PX-D" + i, deposit.toPlainString()));
            records.add(payment("PX-D" + i, total.subtract(deposit).toPlainString())); // the balance: over half, not counted
        }
        Tariff t = Tariff.learn(records);
        assertThat(t.depositShare()).isEqualByComparingTo("0.30");
        assertThat(t.isDeposit(new BigDecimal("64.00"), new BigDecimal("212.50"))).isTrue();
        assertThat(t.isDeposit(new BigDecimal("80.00"), new BigDecimal("212.50"))).isFalse();
    }

    @Test
    void partPaymentsOfNoCommonShareGiveNoDepositShare() {
        List<Observation> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(confirmation("PX-E" + i, "VW Polo", "2026-11-01T10:00Z", "2026-11-03T10:00Z", "300.00"));
            records.add(payment("PX-E" + i, String.valueOf(17 + 9 * i) + ".00")); // 17 … 116: 5.7 % … 38.7 %
        }
        assertThat(Tariff.learn(records).depositShare()).isNull();
        assertThat(Tariff.learn(records).isDeposit(new BigDecimal("90.00"), new BigDecimal("300.00"))).isFalse();
    }
}
