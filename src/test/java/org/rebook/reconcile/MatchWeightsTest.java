package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.mail;
import static org.rebook.reconcile.Facts.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;

class MatchWeightsTest {
    private static final ReconcileSettings SETTINGS = ReconcileSettings.defaults();

    /**
     * An incident of {@code customers} bookings: a confirmation mail with its reference, a deposit with the
     * reference at booking time, and a second payment without reference {@code balanceHoursAfterReturn} after
     * return (negative: before). Every third customer books twice, a month apart.
     */
    static List<Observation> incident(int customers, int balanceHoursAfterReturn) {
        List<Observation> out = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.parse("2026-09-01T09:00Z");
        for (int c = 0; c < customers; c++) {
            String name = "Person" + c + " Family" + (c % 37);
            String email = "p" + c + "@mail.example";
            int bookings = c % 3 == 0 ? 2 : 1;
            for (int b = 0; b < bookings; b++) {
                String ref = "PX-" + c + "B" + b;
                OffsetDateTime booked = base.plusHours(7L * c).plusDays(30L * b);
                OffsetDateTime pickup = booked.plusDays(10);
                OffsetDateTime ret = pickup.plusDays(3);
                out.add(mail("m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, name, email, booked.toString(),
                        pickup.toString(), ret.toString()));
                out.add(payment("dep" + ref, ref, name, email, booked.plusMinutes(3).toString(), "90.00",
                        PaymentStatus.SUCCEEDED, "0"));
                out.add(payment("bal" + ref, null, name, email, ret.plusHours(balanceHoursAfterReturn).toString(), "210.00",
                        PaymentStatus.SUCCEEDED, "0"));
            }
        }
        return out;
    }

    @Test
    void weightsAreEstimatedFromTheIncidentAndFollowWhatItsRecordsDo() {
        MatchWeights atPickup = Scoring.learn(incident(300, -72), SETTINGS).weights();
        MatchWeights afterReturn = Scoring.learn(incident(300, 30), SETTINGS).weights();

        assertThat(atPickup.estimated()).isTrue();
        // Deposits carry references and sit at booking time: that level is seen often among matches.
        assertThat(atPickup.weight(Level.PAID_AT_BOOKING)).isGreaterThan(Level.PAID_AT_BOOKING.prior);
        // Where this business's second payments fall decides what that timing is worth.
        assertThat(afterReturn.weight(Level.PAID_AT_RETURN)).isGreaterThan(atPickup.weight(Level.PAID_AT_RETURN));
        assertThat(atPickup.weight(Level.PAID_AT_PICKUP)).isGreaterThan(afterReturn.weight(Level.PAID_AT_PICKUP));
        // A repeat customer's other booking is the non-match these weights tell apart: its dates lie elsewhere.
        assertThat(atPickup.weight(Level.PAID_OUTSIDE_PERIOD)).isNegative();
        assertThat(atPickup.describe()).contains("paid_at_booking");
    }

    @Test
    void aSmallIncidentKeepsThePriorWeights() {
        assertThat(Scoring.learn(incident(5, -72), SETTINGS).weights()).isEqualTo(MatchWeights.priors());
    }

    @Test
    void estimatedWeightsLinkTheSecondPaymentsOfAnIncidentToTheirOwnBooking() {
        List<Observation> records = incident(300, 30);
        var result = new Reconciler(SETTINGS).reconcile(records);
        long balancesPlaced = result.reservations().stream()
                .flatMap(r -> r.evidence().stream().filter(e -> e.sourceId().equals("bal" + r.bookingReference())))
                .count();
        long balances = records.stream().filter(o -> o.nativeId().startsWith("bal")).count();
        assertThat(balancesPlaced).isEqualTo(balances);
    }

    @Test
    void whatAFullRunLearntReadsBackTheSameFromItsText() {
        List<Observation> records = incident(120, -72);
        records.add(event("e1", null, "Person1 Family1", null, "2026-09-11T16:00Z", "2026-09-14T16:00Z", false));
        Scoring learnt = Scoring.learn(records, SETTINGS);
        Scoring read = Scoring.decode(learnt.encode());
        assertThat(read.weights()).isEqualTo(learnt.weights());
        assertThat(read.encode()).isEqualTo(learnt.encode());
        Probe p = new Probe(records.get(2));
        Cluster c = new Cluster("k", null);
        c.add(Member.byReference(records.get(0), "", 1, null), new Probe(records.get(0)));
        LinkScore again = read.scorer().score(p, c);
        LinkScore first = learnt.scorer().score(p, c);
        assertThat(again.total()).isEqualTo(first.total());
        assertThat(again.weights()).isEqualTo(first.weights());
    }

    @Test
    void aNameManyCustomersShareWeighsLessThanATypicalOne() {
        List<Observation> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i < 10) records.add(mail("c" + i, DocumentKind.BOOKING_CONFIRMATION, "PX-C" + i, "Maria Silva", "maria" + i + "@x.pt",
                    "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"));
            records.add(mail("u" + i, DocumentKind.BOOKING_CONFIRMATION, "PX-U" + i, "Oskar Ny" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "ström",
                    "oskar" + i + "@x.se", "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"));
        }
        NameFrequency names = new NameFrequency(records);
        assertThat(names.adjustment(Keys.nameKey("Maria Silva"))).isNegative();
        assertThat(names.adjustment(Keys.nameKey("Oskar Nyaaström"))).isZero();
        assertThat(names.people(Keys.nameKey("Oskar Nyaaström"))).isEqualTo(1);
    }

    @Test
    void aStandardPriceWeighsLessThanAnUnusualTotal() {
        List<Observation> records = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            records.add(booking("s" + i, i < 10 ? "49.00" : String.valueOf(100 + i)));
        }
        PriceFrequency prices = new PriceFrequency(records);
        assertThat(prices.adjustment(new BigDecimal("49.0"))).isNegative();
        assertThat(prices.adjustment(new BigDecimal("150"))).isZero();
    }

    private static Observation booking(String id, String total) {
        return new Observation(id.hashCode(), org.rebook.model.Source.EMAIL, id,
                org.rebook.model.BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).reference("PX-" + id)
                        .totalPrice(new BigDecimal(total)).build());
    }
}
