package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.MailMessage;

class MailSpansTest {
    private final FactsExtractor extractor = new FactsExtractor(ExtractionSettings.defaults(ZoneId.of("Europe/Lisbon")));

    @Test
    void everyExtractedValueKeepsWhereInTheMessageItWasRead() {
        MailMessage m = new MailMessage("id@x", false, "Booking confirmation PX-ABC234", "Rentals <b@rentals.example>",
                List.of("maria@example.pt"), OffsetDateTime.parse("2026-11-01T10:00Z"), null, List.of(), """
                Dear Maria Silva,

                Booking reference: PX-ABC234
                Pick-up: 22 Nov 2026 10:00, Lisbon Airport
                Vehicle: VW Polo or similar
                Total: €1,234.50
                """, null);
        BookingFacts f = extractor.extract(m);

        MailSpans spans = MailSpans.of(m, f);

        assertThat(spans.spans()).extracting(MailSpans.Span::field)
                .contains("customer_name", "reference", "pickup_at", "vehicle", "total_amount");
        assertThat(spans.spans()).allSatisfy(s -> assertThat(s.start()).isLessThan(s.end()));
        assertThat(read(spans, "customer_name")).isEqualTo("Maria Silva");
        assertThat(read(spans, "reference")).isEqualTo("PX-ABC234");
        assertThat(read(spans, "pickup_at")).isEqualTo("22 Nov 2026 10:00, Lisbon Airport");
        assertThat(read(spans, "vehicle")).isEqualTo("VW Polo or similar");
        assertThat(read(spans, "total_amount")).isEqualTo("€1,234.50");
    }

    private static String read(MailSpans spans, String field) {
        MailSpans.Span s = spans.spans().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
        return spans.text().substring(s.start(), s.end());
    }
}
