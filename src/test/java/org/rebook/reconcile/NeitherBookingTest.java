package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.at;
import static org.rebook.reconcile.Facts.holding;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Source;

/**
 * A repeat customer's payment that fits neither of the two bookings in sight (made weeks from either's booking
 * and pickup, an amount neither states) is money for a third booking no other record shows: however sure the
 * customer, it joins neither.
 */
class NeitherBookingTest {
    private static final String NAME = "Noël Girard";
    private static final String EMAIL = "noelgirard75@mail.example";
    private static final String PHONE = "+33 612345678";
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());
    private long nextId = 20_000;

    @Test
    void aPaymentAgainstBothOfTheCustomersBookingsJoinsNeither() {
        ReconcileResult r = withTwoBookings(
                payment("ch_third", "2026-10-12T16:20Z", "237.50"));

        for (String mail : List.of("m-first", "m-second")) {
            assertThat(holding(r, mail).evidence()).extracting(EvidenceLink::sourceId).containsExactly(mail);
        }
    }

    @Test
    void itsFullPaymentMadeAtTheSecondBookingJoinsThat() {
        ReconcileResult r = withTwoBookings(
                payment("ch_full", "2026-09-02T10:04Z", "300.00"));

        assertThat(holding(r, "m-second").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-second", "ch_full");
    }

    /**
     * Linked with a rental payment of another amount weighing against its booking as incidents weigh it (−2.7 to
     * −9.2 on the 10 000-reservation demo, by description): a few records are too few to estimate from. With the
     * customer's address, phone and name (+15) the link's total still passes 7; the booking evidence (−7.5) does not.
     */
    private ReconcileResult withTwoBookings(Observation payment) {
        List<Observation> input = List.of(
                booking("m-first", "PX-F1RST2", "2026-09-01T10:00Z", "2026-11-03T10:00Z", "2026-11-05T10:00Z"),
                booking("m-second", "PX-S3C0N2", "2026-09-02T10:00Z", "2026-11-20T10:00Z", "2026-11-24T10:00Z"),
                payment);
        Scoring scoring = Scoring.learn(input, ReconcileSettings.defaults())
                .withWeights(MatchWeights.of(java.util.Map.of(Level.AMOUNT_OTHER, -8.0), new java.util.EnumMap<>(Level.class)));
        return reconciler.reconcile(input, Constraints.none(), id -> false, scoring);
    }

    private Observation booking(String id, String ref, String sent, String pickup, String ret) {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).reference(ref).customerName(NAME)
                .customerEmail(EMAIL).customerPhone(PHONE).recordedAt(at(sent)).pickupAt(at(pickup)).returnAt(at(ret))
                .totalPrice(new BigDecimal("300.00")).currency("EUR").vehicle("Fiat 500").build();
        return new Observation(nextId++, Source.EMAIL, id, f);
    }

    private static Observation payment(String id, String created, String amount) {
        return Facts.cardPayment(id, null, NAME, EMAIL, PHONE, "9108", created, amount, "Car rental – rental");
    }
}
