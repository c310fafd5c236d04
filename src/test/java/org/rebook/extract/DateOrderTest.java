package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.MailMessage;

/** A sender whose unambiguous dates are month first has its ambiguous ones read month first too. */
class DateOrderTest {
    private static MailMessage mail(String from, String pickup) {
        return new MailMessage("<" + pickup + from + ">", false, "Reservation confirmed: PX-ABC234", from, List.of(),
                OffsetDateTime.parse("2026-10-01T10:00Z"), null, List.of(),
                "Confirmation number: PX-ABC234\nPickup: " + pickup + " at Lisbon Airport\n", null);
    }

    @Test
    void aFamilysOwnUnambiguousDatesDecideHowItsAmbiguousOnesAreRead() {
        String us = "US site <reservations@us.example>";
        String eu = "EU site <bookings@eu.example>";
        DateOrder order = new DateOrder();
        List.of(mail(us, "11/23/2026 10:00 AM"), mail(us, "12/19/2026 9:00 AM"), mail(eu, "23/11/2026 10:00"))
                .forEach(order::add);

        assertThat(order.bySender()).containsEntry("reservations@us.example", false).containsEntry("bookings@eu.example", true);
        FactsExtractor learned = new FactsExtractor(ExtractionSettings.defaults(ZoneId.of("Europe/Lisbon"))
                .withDateOrders(order.bySender()));
        assertThat(learned.extract(mail(us, "11/05/2026 10:00 AM")).pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-05T10:00Z"));
        assertThat(learned.extract(mail(eu, "11/05/2026 10:00")).pickupAt()).isEqualTo(OffsetDateTime.parse("2026-05-11T10:00+01:00"));
    }

    @Test
    void bothBodiesOfAMailVoteAndADateNeedsItsOwnDigitsOnBothSides() {
        MailMessage both = new MailMessage("<both@x>", false, "Booking", "Shop <shop@x.example>", List.of(),
                OffsetDateTime.parse("2026-10-01T10:00Z"), null, List.of(),
                "Pickup 23/11/2026\nReturn 2026-11-30", "<p>Pickup <b>24/11/2026</b>, order 123/11/20261</p>");
        assertThat(DateOrder.count(both)).isEqualTo(new DateOrder.Vote("shop@x.example", 2, 0));
        MailMessage htmlOnly = new MailMessage("<html@x>", false, "Booking", "Shop <shop@x.example>", List.of(),
                OffsetDateTime.parse("2026-10-01T10:00Z"), null, List.of(), null, "<td>11/23/2026</td>");
        assertThat(DateOrder.count(htmlOnly)).isEqualTo(new DateOrder.Vote("shop@x.example", 0, 1));
    }
}
