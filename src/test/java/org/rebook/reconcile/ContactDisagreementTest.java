package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.Source;

/**
 * How much another phone number says against a link is learnt from the incident, as another booking address
 * is: a customer's records give one number where the business writes it down once, and then another number is
 * another customer; where each desk types in its own, it says nothing.
 */
class ContactDisagreementTest {
    private static final ReconcileSettings SETTINGS = ReconcileSettings.defaults();
    private long nextId = 1;

    @Test
    void anotherPhoneWeighsWhatTheIncidentShowsItSays() {
        MatchWeights onePhone = Scoring.learn(incident(false), SETTINGS).weights();
        MatchWeights deskPhones = Scoring.learn(incident(true), SETTINGS).weights();

        // Never within a booking, always between namesakes: far below the prior.
        assertThat(onePhone.weight(Level.PHONE_OTHER)).isLessThan(Level.PHONE_OTHER.prior - 4);
        // Within a booking as often as between namesakes: about nothing.
        assertThat(deskPhones.weight(Level.PHONE_OTHER)).isGreaterThan(-1.5);
        // A payment's other address keeps its prior (WeightEstimator.DISAGREEMENTS says why).
        assertThat(onePhone.weight(Level.EMAIL_OTHER)).isEqualTo(Level.EMAIL_OTHER.prior);
    }

    /**
     * 300 bookings of 30 names (ten people each, each their own phone), a confirmation and a calendar entry each,
     * both with the reference; entries {@code byDesk} give one of three desk phones instead of the customer's.
     */
    private List<Observation> incident(boolean byDesk) {
        List<Observation> out = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.parse("2026-09-01T09:00Z");
        for (int b = 0; b < 300; b++) {
            String name = "Rita" + (char) ('a' + b % 30) + " Lopes";
            String phone = "+351 91" + (1_000_000 + b);
            String ref = "PX-" + (300_000 + b);
            OffsetDateTime booked = base.plusHours(5L * b);
            OffsetDateTime pickup = base.plusDays(20 + b % 10).plusHours(b % 7);
            out.add(record(Source.EMAIL, "m" + ref, DocumentKind.BOOKING_CONFIRMATION, ref, name, phone, booked, pickup));
            out.add(record(Source.CALENDAR, "e" + ref, DocumentKind.BOOKING_EVENT, ref, name,
                    byDesk ? "+351 21000000" + b % 3 : phone, pickup, pickup));
        }
        return out;
    }

    private Observation record(Source source, String id, DocumentKind kind, String ref, String name, String phone,
                               OffsetDateTime recorded, OffsetDateTime pickup) {
        BookingFacts f = BookingFacts.builder(kind).reference(ref).customerName(name).customerPhone(phone)
                .recordedAt(recorded).pickupAt(pickup).returnAt(pickup.plusDays(3)).totalPrice(new BigDecimal("300.00"))
                .currency("EUR").vehicle("VW Polo").build();
        return new Observation(nextId++, source, id, f);
    }
}
