package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.holding;
import static org.rebook.reconcile.Facts.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;

/**
 * A repeat customer pays a second booking from a work address nobody has seen before, with the phone and card that
 * their first booking's deposit already showed. The address disagrees with both bookings; the phone and card make
 * the first look surer. Both bookings carry the customer's own address, so they are one customer's, and the
 * payment belongs to the one its timing and amount fit: made at the second booking, of its exact total.
 */
class WorkAddressRepeatCustomerTest {
    private static final String NAME = "Benoît Moreau";
    private static final String OWN = "bmoreau@outlook.example";
    private static final String PHONE = "+33 612345678";
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());

    @Test
    void aWorkAddressPaymentJoinsTheBookingItsTimeAndAmountFitEvenWhenTheOtherBookingKnowsThePhone() {
        ReconcileResult r = withTheFirstBooking(
                mail("m-second", DocumentKind.BOOKING_CONFIRMATION, "PX-S3C0ND", NAME, OWN,
                        "2026-10-20T09:00Z", "2026-11-25T09:00Z", "2026-11-28T09:00Z"),
                payment("ch_from_work", null, "moreau@company.example", "2026-10-20T09:04Z", "300.00"));

        assertThat(holding(r, "ch_from_work").evidence()).extracting(EvidenceLink::sourceId)
                .contains("m-second").doesNotContain("m-first");
        assertThat(holding(r, "ch_first_deposit").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-first", "ch_first_deposit");
    }

    @Test
    void aNamesakeWithoutTheCustomersAddressDoesNotTakeTheSurerIdentity() {
        // Another Benoît Moreau, booked under his own address: nothing but the name ties him to the customer, so
        // the work address payment made at his booking is not lifted to the phone and card of the first.
        ReconcileResult r = withTheFirstBooking(
                mail("m-namesake", DocumentKind.BOOKING_CONFIRMATION, "PX-0THER1", NAME, "benoit.moreau@other.example",
                        "2026-10-20T09:00Z", "2026-11-25T09:00Z", "2026-11-28T09:00Z"),
                payment("ch_from_work", null, "moreau@company.example", "2026-10-20T09:04Z", "300.00"));

        EvidenceLink link = holding(r, "ch_from_work").evidence().stream()
                .filter(e -> e.sourceId().equals("ch_from_work")).findFirst().orElseThrow();
        assertThat(link.reason()).doesNotContain("same customer as");
    }

    @Test
    void aLoyalCustomersManyRecordsDoNotMakeTheirOwnAddressAShared() {
        // Six earlier bookings put the customer's address on fifteen records: it is still one person's, so the two
        // bookings that give it are still one customer's, and the payment still finds the one it fits.
        List<Observation> input = new java.util.ArrayList<>();
        for (int b = 1; b <= 6; b++) {
            String ref = "PX-0LD00" + b;
            input.add(mail("m-old" + b, DocumentKind.BOOKING_CONFIRMATION, ref, NAME, OWN,
                    "2026-0" + b + "-01T10:00Z", "2026-0" + b + "-10T10:00Z", "2026-0" + b + "-12T10:00Z"));
            input.add(payment("ch_old" + b, ref, OWN, "2026-0" + b + "-01T10:03Z", "300.00"));
        }
        input.add(mail("m-second", DocumentKind.BOOKING_CONFIRMATION, "PX-S3C0ND", NAME, OWN,
                "2026-10-20T09:00Z", "2026-11-25T09:00Z", "2026-11-28T09:00Z"));
        input.add(payment("ch_from_work", null, "moreau@company.example", "2026-10-20T09:04Z", "300.00"));
        ReconcileResult r = withTheFirstBooking(input.toArray(Observation[]::new));

        assertThat(holding(r, "ch_from_work").evidence()).extracting(EvidenceLink::sourceId)
                .contains("m-second").doesNotContain("m-first");
    }

    /** The customer's first booking, its deposit paid with their phone and card, then {@code more}. */
    private ReconcileResult withTheFirstBooking(Observation... more) {
        List<Observation> input = new java.util.ArrayList<>(List.of(
                mail("m-first", DocumentKind.BOOKING_CONFIRMATION, "PX-F1RST1", NAME, OWN,
                        "2026-10-01T10:00Z", "2026-11-10T10:00Z", "2026-11-14T10:00Z"),
                payment("ch_first_deposit", "PX-F1RST1", OWN, "2026-10-01T10:03Z", "90.00")));
        input.addAll(List.of(more));
        return reconciler.reconcile(input);
    }

    private static Observation payment(String id, String ref, String email, String created, String amount) {
        return Facts.cardPayment(id, ref, NAME, email, PHONE, "4242", created, amount, "Car rental – booking");
    }
}
