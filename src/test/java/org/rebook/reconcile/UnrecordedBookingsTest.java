package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rebook.reconcile.Facts.holding;
import static org.rebook.reconcile.Facts.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;

/**
 * Some bookings leave nothing but their money. A payment that fits its customer's one booking in sight badly
 * (though not so badly as to rule it out) is then likelier a payment of such a booking, and how likely depends on
 * how many bookings the incident shows left unrecorded.
 */
class UnrecordedBookingsTest {
    private static final ReconcileSettings SETTINGS = ReconcileSettings.defaults();
    private static final String DESCRIPTION = "Car rental – booking";

    @Test
    void theWeightToBeatGrowsWithTheShareOfUnrecordedBookingsAndTheBookingsInSight() {
        UnrecordedBookings tenth = new UnrecordedBookings(100, 10);

        assertThat(tenth.weightToBeat(1)).isCloseTo(Math.log(1 / 9.0) / Math.log(2), within(1e-9));
        assertThat(tenth.weightToBeat(2)).isCloseTo(tenth.weightToBeat(1) + 1, within(1e-9));
        assertThat(new UnrecordedBookings(100, 2).weightToBeat(1)).isLessThan(tenth.weightToBeat(1) - 2);
        // None seen, or too few bookings counted to say: nothing is taken for an unrecorded booking.
        assertThat(new UnrecordedBookings(100, 0).weightToBeat(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(new UnrecordedBookings(UnrecordedBookings.MIN_GROUPS - 1, 10).weightToBeat(1))
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theShareIsCountedOnTheReferencesPaymentsCarryAndKeptWithTheScoring() {
        List<Observation> records = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.parse("2026-09-01T09:00Z");
        for (int b = 0; b < 66; b++) {
            String ref = "PX-" + (200_000 + b);
            OffsetDateTime booked = base.plusHours(7L * b);
            if (b % 11 != 0) { // every eleventh booking left only its payment
                records.add(mail("m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, "Rui Lopes" + (char) ('a' + b % 20),
                        "rui" + b + "@mail.example", booked.toString(), booked.plusDays(30).toString(),
                        booked.plusDays(33).toString()));
            }
            records.add(Facts.describedPayment("ch" + ref, ref, "Rui Lopes" + (char) ('a' + b % 20), "rui" + b + "@mail.example",
                    booked.plusMinutes(3), "300.00", DESCRIPTION));
        }

        for (int b = 66; b < 76; b++) { // bookings whose money carries no reference: they tell nothing of the share
            String ref = "PX-" + (200_000 + b);
            OffsetDateTime booked = base.plusHours(7L * b);
            records.add(mail("m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, "Rui Lopes" + (char) ('a' + b % 20),
                    "rui" + b + "@mail.example", booked.toString(), booked.plusDays(30).toString(), booked.plusDays(33).toString()));
        }

        Scoring learnt = Scoring.learn(records, SETTINGS);

        assertThat(learnt.unrecorded.share()).isCloseTo(6 / 66.0, within(1e-9));
        assertThat(Scoring.decode(learnt.encode()).unrecorded.share()).isEqualTo(learnt.unrecorded.share());
    }

    @Test
    void aPaymentItsCustomersOnlyBookingFitsBadlyIsTakenForABookingNoOneRecorded() {
        ReconcileResult r = run(new UnrecordedBookings(100, 10));

        assertThat(holding(r, "ch_later").evidence()).extracting(EvidenceLink::sourceId).containsExactly("ch_later");
        assertThat(holding(r, "ch_later").evidence().get(0).reason()).startsWith("money taken for a booking no other record shows");
        assertThat(holding(r, "m-only").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-only", "ch_deposit");
    }

    @Test
    void whereBookingsAreSeldomUnrecordedTheSamePaymentJoinsTheCustomersBooking() {
        // One booking in a hundred: 2^-6.6 against an unrecorded one, and the booking's -3.5 beats that.
        ReconcileResult r = run(new UnrecordedBookings(100, 1));

        assertThat(holding(r, "ch_later").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-only", "ch_deposit", "ch_later");
    }

    /**
     * The customer's one booking, its deposit paid, and a payment of theirs (same address and name, so surely
     * theirs) made between its pickup and return, of another amount than the balance: -3.5 bits for this booking,
     * as an incident might estimate it.
     */
    private static ReconcileResult run(UnrecordedBookings unrecorded) {
        List<Observation> records = List.of(
                mail("m-only", DocumentKind.BOOKING_CONFIRMATION, "PX-0NLY01", "Ana Reis", "ana.reis@mail.example",
                        "2026-10-01T10:00Z", "2026-11-10T10:00Z", "2026-11-16T10:00Z"),
                Facts.describedPayment("ch_deposit", "PX-0NLY01", "Ana Reis", "ana.reis@mail.example",
                        OffsetDateTime.parse("2026-10-01T10:03Z"), "90.00", DESCRIPTION),
                Facts.describedPayment("ch_later", null, "Ana Reis", "ana.reis@mail.example",
                        OffsetDateTime.parse("2026-11-12T15:00Z"), "120.00", DESCRIPTION));
        Map<Level, Double> weights = new EnumMap<>(Level.class);
        weights.put(Level.PAID_IN_PERIOD, -3.5);
        weights.put(Level.AMOUNT_OTHER, 0.0);
        String learnt = String.join("\n",
                "weights\t" + MatchWeights.of(weights, new EnumMap<>(Level.class)).encode(),
                "purpose\t" + PaymentPurposes.key(DESCRIPTION) + "\t80\t100",
                "unrecorded\t" + unrecorded.groups + "\t" + unrecorded.moneyOnly);
        Scoring scoring = Scoring.decode(Scoring.learn(records, SETTINGS).encode() + "\n" + learnt);
        return new Reconciler(SETTINGS).reconcile(records, Constraints.none(), id -> false, scoring);
    }
}
