package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;

class FleetNamesTest {
    private static BookingFacts booking(String vehicle) {
        return BookingFacts.builder(DocumentKind.BOOKING_CONFIRMATION).vehicle(vehicle).build();
    }

    @Test
    void theFleetIsTheModelsSeveralBookingRecordsNameNotAStrayValue() {
        List<BookingFacts> facts = List.of(booking("VW Golf"), booking("VW  Golf"), booking("VW Golf"),
                booking("Peugeot 3008"), booking("Peugeot 3008"), booking("Peugeot 3008"), booking("see notes"),
                BookingFacts.builder(DocumentKind.PAYMENT).vehicle("Fiat 500").build());
        assertThat(FleetNames.learn(facts)).containsExactly("Peugeot 3008", "VW Golf");
    }

    @Test
    void aFleetKeepsTheMostCommonModelsThatFitAWorkspaceSetting() {
        List<BookingFacts> facts = new java.util.ArrayList<>();
        for (int m = 0; m < FleetNames.MAX_MODELS + 50; m++) {
            for (int k = 0; k < FleetNames.MIN_RECORDS + (m % 7); k++) facts.add(booking("Model " + m));
        }
        for (int k = 0; k < 10; k++) facts.add(booking("Compact car, VW Golf or similar, manual gearbox, air conditioning"));
        List<String> fleet = FleetNames.learn(facts);
        assertThat(fleet).hasSize(FleetNames.MAX_MODELS).allMatch(m -> m.startsWith("Model "));
        assertThat(fleet).contains("Model 6").doesNotContain("Model 0"); // 9 records each against 3
        assertThat(String.join("\n", fleet).length()).isLessThanOrEqualTo(4000);
    }

    @Test
    void aModelIsFoundInFreeTextAsWholeWordsAndTheLongestWins() {
        List<String> fleet = List.of("VW Golf", "VW Golf Variant", "Peugeot 308");
        assertThat(FleetNames.in("Booking PX-7F3K9Q – vw golf variant", fleet)).contains("VW Golf Variant");
        assertThat(FleetNames.in("Balance, VW Golf (7 days)", fleet)).contains("VW Golf");
        assertThat(FleetNames.in("Peugeot 3089 rental", fleet)).isEmpty();
        assertThat(FleetNames.in(null, fleet)).isEmpty();
    }

    @Test
    void aPaymentDescriptionNamesTheCarOnceTheFleetIsKnown() {
        Payment p = new Payment("ch_1", Instant.parse("2026-10-09T17:08:00Z"), new BigDecimal("397.50"), BigDecimal.ZERO, "eur",
                PaymentStatus.SUCCEEDED, "Paid", "Booking PX-MM6NV5 – VW Golf", null, "z@x.pl", "WOŹNIAK Zofia", null,
                "3606", null, null, Map.of());
        ExtractionSettings settings = ExtractionSettings.defaults(ZoneId.of("Europe/Lisbon"));
        assertThat(new FactsExtractor(settings).extract(p).vehicle()).isNull();
        assertThat(new FactsExtractor(settings.withFleet(List.of("VW Golf", "Fiat 500"))).extract(p).vehicle())
                .isEqualTo("VW Golf");
    }
}
