package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.holding;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Source;

/**
 * However surely a payment is the customer's, it does not join a booking it cannot be about: money dated before
 * the booking was made (another booking's, of which no other record survived) is left for a person, with the reason.
 */
class ExcludedLinkTest {
    private static final String NAME = "Gonçalo Brandão";
    private static final String EMAIL = "goncalobrandao29@mail.example";
    private static final String PHONE = "+351 912345678";
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());

    @Test
    void theCustomersPaymentDatedBeforeTheBookingWasMadeIsLeftForAPerson() {
        ReconcileResult r = reconciler.reconcile(List.of(
                booking(),
                payment("ch_earlier", "2026-09-20T01:29Z")));

        assertThat(holding(r, "m-booking").evidence()).extracting(EvidenceLink::sourceId).containsExactly("m-booking");
        // With two records there is no telling what this incident's booking payments are like: it waits for a person.
        assertThat(r.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.sourceId()).isEqualTo("ch_earlier");
            assertThat(u.reason()).contains("same email").contains("outside this booking's period");
        });
    }

    @Test
    void theSamePaymentMadeAtBookingJoinsIt() {
        ReconcileResult r = reconciler.reconcile(List.of(
                booking(),
                payment("ch_at_booking", "2026-10-20T10:05Z")));

        assertThat(holding(r, "m-booking").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-booking", "ch_at_booking");
    }

    /** The confirmation, with the phone the customer gave. */
    private static Observation booking() {
        BookingFacts f = BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).reference("PX-BRAND1").customerName(NAME)
                .customerEmail(EMAIL).customerPhone(PHONE).recordedAt(Facts.at("2026-10-20T10:00Z"))
                .pickupAt(Facts.at("2026-11-12T13:30Z")).returnAt(Facts.at("2026-11-15T13:30Z"))
                .totalPrice(new BigDecimal("300.00")).currency("EUR").vehicle("VW Polo").build();
        return new Observation(1, Source.EMAIL, "m-booking", f);
    }

    private static Observation payment(String id, String created) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).customerName(NAME).customerEmail(EMAIL)
                .customerPhone(PHONE).cardLast4("4242").recordedAt(Facts.at(created))
                .amount(new BigDecimal("300.00")).amountRefunded(BigDecimal.ZERO).paymentStatus(PaymentStatus.SUCCEEDED)
                .currency("EUR").purpose("Car rental – booking").build();
        return new Observation(id.hashCode() & 0xffffL, Source.STRIPE, id, f);
    }
}
