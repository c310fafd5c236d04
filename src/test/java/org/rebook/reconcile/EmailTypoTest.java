package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.holding;
import static org.rebook.reconcile.Facts.payment;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.EvidenceLink;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;

/** An address one letter off ("hotmail.cm") is graded close: evidence for the customer, not against. */
class EmailTypoTest {
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());

    @Test
    void aPaymentFromAMistypedAddressJoinsTheNamesakeWhoseAddressItIsOneLetterFrom() {
        // Two customers called David Harris booked in the calendar only (two entries of one calendar: two bookings)
        // and pick up at the same time; the payment,
        // made at pickup, names no car and its address lost a letter. Without the close level both addresses
        // merely differ and the two bookings fit the payment equally.
        ReconcileResult result = reconciler.reconcile(List.of(
                event("e-typo", null, "David Harris", "dharris@hotmail.com", "2026-11-25T10:00Z", "2026-11-28T10:00Z", false,
                        "Bookings"),
                event("e-other", null, "David Harris", "david.harris@gmail.com", "2026-11-25T10:00Z", "2026-11-27T10:00Z", false,
                        "Bookings"),
                payment("ch_typo", null, "David Harris", "dharris@hotmail.cm", "2026-11-25T10:20Z", "300.00",
                        PaymentStatus.SUCCEEDED, "0")));
        Reservation paid = holding(result, "ch_typo");
        assertThat(paid.evidence()).extracting(EvidenceLink::sourceId).containsExactlyInAnyOrder("e-typo", "ch_typo");
        assertThat(paid.evidence()).filteredOn(e -> e.sourceId().equals("ch_typo")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("dharris@hotmail.cm is one letter off"));
    }

    @Test
    void shortAddressesOneLetterApartAreNotGradedClose() {
        // "ab@x.pt" and "ac@x.pt" are one letter apart, as are many unrelated short addresses.
        Observation paid = payment("ch_short", null, "Ana Reis", "ab@x.pt", "2026-11-10T18:00Z", "50.00",
                PaymentStatus.SUCCEEDED, "0");
        Observation booking = event("e-short", null, "Ana Reis", "ac@x.pt", "2026-11-25T10:00Z", "2026-11-28T10:00Z", false);
        LinkScorer priors = Scoring.learn(List.of(paid, booking), ReconcileSettings.defaults()).scorer();
        LinkScore score = priors.score(new Probe(paid), cluster(booking));
        assertThat(score.has(Level.EMAIL_CLOSE)).isFalse();
        assertThat(score.has(Level.EMAIL_OTHER)).isTrue();
        assertThat(score.contradicted()).isTrue();
    }

    @Test
    void addressesThatDifferInANumberBelongToOtherPeople() {
        assertThat(LinkScorer.closeEmail("dharris@hotmail.cm", "dharris@hotmail.com")).isTrue();
        assertThat(LinkScorer.closeEmail("dharirs@hotmail.com", "dharris@hotmail.com")).isTrue();
        assertThat(LinkScorer.closeEmail("souza@company-12.example", "souza@company-13.example")).isFalse();
        assertThat(LinkScorer.closeEmail("maria1990@gmail.com", "maria1991@gmail.com")).isFalse();
    }

    private static Cluster cluster(Observation o) {
        Cluster c = new Cluster(o.key(), null);
        c.add(Member.byReference(o, "starts", 1.0, null), new Probe(o));
        return c;
    }
}
