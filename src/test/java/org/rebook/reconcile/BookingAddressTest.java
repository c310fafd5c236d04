package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.holding;
import static org.rebook.reconcile.Facts.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;

/**
 * A booking is made with one address: its confirmation mail and calendar entry give the same one. So a booking
 * record with another address than a reservation's booking records is evidence of another customer, much more
 * than a payment's other address (paid from work) is. How much, each incident says.
 */
class BookingAddressTest {
    private static final ReconcileSettings SETTINGS = ReconcileSettings.defaults();

    @Test
    void aNamesakesCalendarEntryAtTheSameTimeStartsItsOwnReservation() {
        // Two Noël Béziers pick up at the same time and place: the entry without a reference gives the other address.
        ReconcileResult r = new Reconciler(SETTINGS).reconcile(List.of(
                mail("m-first", DocumentKind.BOOKING_CONFIRMATION, "PX-Q3574T", "Noël Bézier", "nbezier@web.example",
                        "2026-10-01T10:00Z", "2026-11-25T09:30Z", "2026-12-16T08:30Z"),
                event("ev-first", "PX-Q3574T", "Noël Bézier", "nbezier@web.example", "2026-11-25T09:30Z",
                        "2026-12-16T08:30Z", false),
                event("ev-namesake", null, "Noël Bézier", "nbezier8806@orange.example", "2026-11-25T09:30Z",
                        "2026-11-30T14:00Z", false, "airport-desk")));

        assertThat(holding(r, "ev-namesake").evidence()).extracting(EvidenceLink::sourceId).containsExactly("ev-namesake");
        assertThat(holding(r, "m-first").evidence()).extracting(EvidenceLink::sourceId)
                .containsExactlyInAnyOrder("m-first", "ev-first");
    }

    @Test
    void howMuchAnotherBookingAddressWeighsIsLearntFromTheIncident() {
        MatchWeights oneAddress = Scoring.learn(incident(false), SETTINGS).weights();
        MatchWeights entriesByAgent = Scoring.learn(incident(true), SETTINGS).weights();

        // Never seen within a booking, always between namesakes: far below the prior.
        assertThat(oneAddress.weight(Level.EMAIL_OTHER_BOOKING)).isLessThan(Level.EMAIL_OTHER_BOOKING.prior - 2);
        // Where calendar entries carry the agent's address instead, within a booking too: it says little.
        assertThat(entriesByAgent.weight(Level.EMAIL_OTHER_BOOKING)).isGreaterThan(oneAddress.weight(Level.EMAIL_OTHER_BOOKING) + 4);
        assertThat(oneAddress.describe()).contains("email_other_booking");
    }

    /**
     * 300 bookings of 30 names (ten people each, each their own address), a confirmation and a calendar entry
     * each, both with the reference; entries {@code byAgent} give the booking agent's address.
     */
    private static List<Observation> incident(boolean byAgent) {
        List<Observation> out = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.parse("2026-09-01T09:00Z");
        for (int b = 0; b < 300; b++) {
            String name = "Ana" + (char) ('a' + b % 30) + " Costa";
            String email = "ana" + b + "@mail.example";
            String ref = "PX-" + (100_000 + b);
            OffsetDateTime booked = base.plusHours(5L * b);
            OffsetDateTime pickup = base.plusDays(20 + b % 10).plusHours(b % 7);
            OffsetDateTime ret = pickup.plusDays(3);
            out.add(mail("m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, name, email, booked.toString(),
                    pickup.toString(), ret.toString()));
            out.add(event("e" + ref, ref, name, byAgent ? "agent" + b % 3 + "@rentals.example" : email,
                    pickup.toString(), ret.toString(), false));
        }
        return out;
    }
}
