package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.holding;
import static org.rebook.reconcile.Facts.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;

/**
 * A payment from a work address, its name misspelt, and two namesakes picking up a day apart: one known from a
 * calendar entry without an address, the other from a confirmation with his own address. The address the second
 * gives disagrees with the payment's and the first gives none, so by identity alone the first looks a little
 * likelier; but the payment was made when the second booked, of his exact total. Both are as likely the customer,
 * so time and amount decide.
 */
class NameOnlyCustomerTest {
    @Test
    void aNamesakeWhoseAddressDisagreesStillCompetesOnTimeAndAmount() {
        ReconcileResult r = new Reconciler(ReconcileSettings.defaults()).reconcile(List.of(
                event("ev-first", null, "Thiago Ribeiro", null, "2026-11-22T12:00Z", "2026-11-25T16:30Z", false),
                mail("m-second", DocumentKind.BOOKING_CONFIRMATION, "PX-H2YN5T", "Thiago Ribeiro", "tribeiro@orange.example",
                        "2026-09-25T05:00Z", "2026-11-23T16:30Z", "2026-11-27T10:00Z"),
                Facts.cardPayment("ch_work", null, "Thiago Rieiro", "ribeiro@company.example", null, "4242",
                        "2026-09-25T05:19Z", "300.00", "Car rental – deposit")));

        assertThat(holding(r, "ch_work").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-second", "ch_work");
        assertThat(holding(r, "ev-first").evidence()).extracting(EvidenceLink::sourceId).containsExactly("ev-first");
    }
}
