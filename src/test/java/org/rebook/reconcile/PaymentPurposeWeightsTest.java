package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.UnmatchedRecord;

/**
 * What a payment is for changes when it is paid and how much: timing and amount are weighed per payment
 * description, and descriptions that seldom belong to a booking need more than a matching customer.
 */
class PaymentPurposeWeightsTest {
    private static final ReconcileSettings SETTINGS = ReconcileSettings.defaults();

    @Test
    void timingIsWeighedByWhatThePaymentIsFor() {
        MatchWeights w = Scoring.learn(incident(), SETTINGS).weights();
        String deposit = PaymentPurposes.key("Car rental – deposit");
        String fuel = PaymentPurposes.key("Fuel charge");

        // Fuel is charged after return; deposits never are, though the next booking's deposit often is (the
        // customer books again on returning the car): the same timing says opposite things.
        assertThat(w.weight(Level.PAID_AT_RETURN, fuel)).isGreaterThan(w.weight(Level.PAID_AT_RETURN) + 1);
        assertThat(w.weight(Level.PAID_AT_RETURN, deposit)).isLessThanOrEqualTo(LinkScore.RULED_OUT);
        assertThat(w.weight(Level.PAID_AT_BOOKING, deposit)).isGreaterThan(w.weight(Level.PAID_AT_BOOKING));
        assertThat(w.weight(Level.PAID_AT_RETURN, null)).isEqualTo(w.weight(Level.PAID_AT_RETURN));
        assertThat(w.weight(Level.PAID_AT_RETURN, "a description never seen")).isEqualTo(w.weight(Level.PAID_AT_RETURN));
        // Identity levels are the customer's, whatever the payment is for.
        assertThat(w.weight(Level.EMAIL_SAME, fuel)).isEqualTo(w.weight(Level.EMAIL_SAME));

        MatchWeights read = MatchWeights.decode(w.encode());
        assertThat(read).isEqualTo(w);
        assertThat(read.weight(Level.PAID_AT_RETURN, fuel)).isEqualTo(w.weight(Level.PAID_AT_RETURN, fuel));
        assertThat(w.describe()).contains("paid_at_return for 'fuel charge'");
    }

    @Test
    void aDepositPaidAtOneBookingsReturnGoesToTheBookingMadeThenNotTheOneReturned() {
        List<Observation> records = incident();
        OffsetDateTime returned = OffsetDateTime.parse("2026-11-10T10:00Z");
        // Jane's first rental, paid with her home address and known by its reference.
        records.add(mail("mJ1", DocumentKind.BOOKING_CONFIRMATION, "PX-J1", "Jane Repeat", "jane@home.example",
                returned.minusDays(13).toString(), returned.minusDays(3).toString(), returned.toString()));
        records.add(payment("depJ1", "PX-J1", "Jane Repeat", "jane@home.example", returned.minusDays(13).plusMinutes(2),
                "Car rental – deposit", "90.00"));
        // On returning the car she books again, from her work address; her deposit comes from home, without a reference.
        records.add(mail("mJ2", DocumentKind.BOOKING_CONFIRMATION, "PX-J2", "Jane Repeat", "jane@work.example",
                returned.plusHours(1).toString(), returned.plusDays(20).toString(), returned.plusDays(23).toString()));
        records.add(payment("depJ2", null, "Jane Repeat", "jane@home.example", returned.plusHours(1).plusMinutes(3),
                "Car rental – deposit", "90.00"));

        ReconcileResult result = new Reconciler(SETTINGS).reconcile(records);
        assertThat(sourceIds(reservationHolding(result, "mJ1"))).doesNotContain("depJ2");
        assertThat(sourceIds(reservationHolding(result, "mJ2"))).contains("depJ2");
    }

    @Test
    void aGiftVoucherBoughtByACustomerDuringTheirRentalStaysOutOfTheirBooking() {
        List<Observation> records = incident();
        OffsetDateTime booked = OffsetDateTime.parse("2026-11-01T10:00Z");
        records.add(mail("mK", DocumentKind.BOOKING_CONFIRMATION, "PX-K", "Kim Buyer", "kim@home.example",
                booked.toString(), booked.plusDays(10).toString(), booked.plusDays(13).toString()));
        records.add(payment("depK", "PX-K", "Kim Buyer", "kim@home.example", booked.plusMinutes(2), "Car rental – deposit", "90.00"));
        records.add(payment("gvK", null, "Kim Buyer", "kim@home.example", booked.plusDays(11), "Gift voucher", "50.00"));

        ReconcileResult result = new Reconciler(SETTINGS).reconcile(records);

        assertThat(sourceIds(reservationHolding(result, "mK"))).doesNotContain("gvK");
        assertThat(result.unmatched()).filteredOn(u -> u.sourceId().equals("gvK")).extracting(UnmatchedRecord::reason)
                .singleElement().asString().contains("'gift voucher' payments seldom belong to a booking");
    }

    /**
     * 150 customers, every third booking again when returning the car: a confirmation mail and a deposit with
     * the reference at booking, a balance without it at pickup, a fuel charge without it two days after every
     * second return; and 40 gift vouchers bought by people with no booking.
     */
    private static List<Observation> incident() {
        List<Observation> out = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.parse("2026-08-01T09:00Z");
        for (int c = 0; c < 150; c++) {
            String name = "Person" + c + " Family" + (c % 37);
            String email = "p" + c + "@mail.example";
            OffsetDateTime booked = base.plusHours(7L * c);
            for (int b = 0; b < (c % 3 == 0 ? 2 : 1); b++) {
                String ref = "PX-" + c + "B" + b;
                OffsetDateTime pickup = booked.plusDays(10);
                OffsetDateTime ret = pickup.plusDays(3);
                out.add(mail("m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, name, email, booked.toString(),
                        pickup.toString(), ret.toString()));
                out.add(payment("dep" + ref, ref, name, email, booked.plusMinutes(3), "Car rental – deposit", "90.00"));
                out.add(payment("bal" + ref, null, name, email, pickup, "Car rental – balance", "210.00"));
                if (c % 2 == 0) out.add(payment("fuel" + ref, null, name, email, ret.plusDays(2), "Fuel charge", "40.00"));
                booked = ret.plusHours(1);
            }
        }
        for (int v = 0; v < 40; v++) {
            out.add(payment("gv" + v, null, "Buyer" + v + " Giver", "g" + v + "@gift.example", base.plusDays(v), "Gift voucher", "50.00"));
        }
        return out;
    }

    private static Observation payment(String id, String ref, String name, String email, OffsetDateTime created,
                                       String description, String amount) {
        return Facts.describedPayment(id, ref, name, email, created, amount, description);
    }

    private static List<String> sourceIds(Reservation r) {
        return r.evidence().stream().map(EvidenceLink::sourceId).toList();
    }

    private static Reservation reservationHolding(ReconcileResult result, String sourceId) {
        return Facts.holding(result, sourceId);
    }
}
