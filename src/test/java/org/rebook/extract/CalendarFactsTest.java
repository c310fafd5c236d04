package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.CalendarEntry;
import org.rebook.model.DocumentKind;

class CalendarFactsTest {
    private final FactsExtractor extractor = new FactsExtractor(ExtractionSettings.defaults(ZoneId.of("UTC")));
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-22T10:00Z");

    private BookingFacts event(String summary, String description, boolean recurring, String status) {
        return extractor.extract(new CalendarEntry("uid", "uid", null, "Bookings", summary, description, "Lisbon Airport",
                START, START.plusDays(3), false, status, recurring, null));
    }

    @Test
    void readsABookingEventFromSummaryAndDescription() {
        BookingFacts f = event("Pickup – Maria Silva (VW Polo)", "Customer: Maria Silva\nEmail: maria@example.pt\nPlate: AB-12-CD",
                false, "CONFIRMED");
        assertThat(f.kind()).isEqualTo(DocumentKind.BOOKING_EVENT);
        assertThat(f.customerName()).isEqualTo("Maria Silva");
        assertThat(f.customerEmail()).isEqualTo("maria@example.pt");
        assertThat(f.plate()).isEqualTo("AB-12-CD");
        assertThat(f.pickupAt()).isEqualTo(START);
        assertThat(f.pickupLocation()).isEqualTo("Lisbon Airport");
    }

    @Test
    void findsTheNameInASummaryWithoutLabels() {
        assertThat(event("PX-ABC234 · Jürgen Müller · BMW X1", null, false, null).customerName()).isEqualTo("Jürgen Müller");
        assertThat(event("VW Polo | Ana de la Fuente | PX-ABC234", null, false, null).customerName()).isEqualTo("Ana de la Fuente");
    }

    @Test
    void setsAsideRecurringAndNonBookingEventsWithAReason() {
        assertThat(event("Staff meeting", null, true, null).notBookingReason()).contains("recurring");
        BookingFacts service = event("Service – oil change", null, false, null);
        assertThat(service.kind()).isEqualTo(DocumentKind.NOT_BOOKING);
        assertThat(service.notBookingReason()).contains("without booking details");
    }

    @Test
    void aCancelledEventStaysACancelledBookingEvent() {
        assertThat(event("PX-ABC234 · Maria Silva", null, false, "CANCELLED").kind()).isEqualTo(DocumentKind.CANCELLED_EVENT);
    }
}
