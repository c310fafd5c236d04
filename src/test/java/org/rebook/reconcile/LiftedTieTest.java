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

/**
 * Two namesakes' calendar entries, a week apart: one gives the customer's address, the other none. A payment from
 * that address, without a reference, fits both bookings' dates equally well. The entry without an address is only
 * lifted to the customer's identity (same name, nothing disagrees); the one whose address the payment shares is
 * likelier, whichever reservation id sorts first.
 */
class LiftedTieTest {
    private static final String NAME = "Michael Clark";
    private static final String ADDRESS = "michaelclark68@libero.example";

    @Test
    void aTieOnTimeAndAmountGoesToTheBookingWhoseAddressThePaymentShares() {
        ReconcileResult r = new Reconciler(ReconcileSettings.defaults()).reconcile(List.of(
                // "PX-A…" sorts before "PX-W…": the order of ids alone would pick the entry without the address.
                event("ev-no-address", "PX-AAAAA1", NAME, null, "2026-11-27T11:30Z", "2026-12-04T08:00Z", false),
                event("ev-with-address", "PX-WWWWW1", NAME, ADDRESS, "2026-11-19T17:30Z", "2026-11-26T15:30Z", false),
                payment("ch_paid", null, NAME, ADDRESS, "2026-11-06T06:50Z", "306.50", PaymentStatus.SUCCEEDED, "0.00")));

        assertThat(holding(r, "ch_paid").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("ev-with-address", "ch_paid");
    }
}
