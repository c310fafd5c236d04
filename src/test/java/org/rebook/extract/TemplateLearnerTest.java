package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;

/** A layout no generic layer reads, taught from one mail, then read in every mail of its family. */
class TemplateLearnerTest {
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static MailMessage mail(String subject, String ref, String name, String when, String car, String price) {
        return new MailMessage("<" + ref + "@odd.example>", false, subject, "Odd Rentals <noreply@odd-rentals.example>",
                List.of("someone@example.com"), OffsetDateTime.parse("2026-11-01T10:00Z"), null, List.of(), """
                ODD RENTALS ~ your trip ~

                >> %s <<  is what we call you
                Keys ready from %s sharp
                Ride of choice = %s
                code%s
                Damage to your wallet ..... %s
                """.formatted(name, when, car, ref, price), null);
    }

    @Test
    void aTemplateTaughtFromOneMailReadsTheOthersOfItsFamily() {
        FactsExtractor generic = new FactsExtractor(ExtractionSettings.defaults(LISBON));
        MailMessage example = mail("Trip 4471 is set", "QZ4471", "Ana Lima", "22/11/2026 10:00", "Mini Cooper", "EUR 310.00");
        MailMessage other = mail("Trip 9902 is set", "QZ9902", "Rui Costa", "03/12/2026 08:30", "Fiat Panda", "EUR 199.50");
        BookingFacts before = generic.extract(other);
        assertThat(before.vehicle()).isNull();
        assertThat(before.customerName()).isNull();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", "QZ4471");
        values.put("customer_name", "Ana Lima");
        values.put("pickup_at", "22/11/2026 10:00");
        values.put("vehicle", "Mini Cooper");
        values.put("total_amount", "EUR 310.00");
        MailTemplate t = TemplateLearner.learnFromValues("Odd Rentals trips", example, values);

        assertThat(t.sender()).isEqualTo("noreply@odd-rentals.example");
        assertThat(t.subjectPrefix()).isEqualTo("Trip");
        BookingFacts after = new FactsExtractor(new ExtractionSettings(LISBON, true, "QZ\\d{4}", List.of(t))).extract(other);
        assertThat(after.reference()).isEqualTo("QZ9902");
        assertThat(after.customerName()).isEqualTo("Rui Costa");
        assertThat(after.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-12-03T08:30Z"));
        assertThat(after.vehicle()).isEqualTo("Fiat Panda");
        assertThat(after.totalPrice()).isEqualByComparingTo("199.50");
    }

    @Test
    void aTemplateOnlyReadsItsOwnFamily() {
        MailMessage example = mail("Trip 4471 is set", "QZ4471", "Ana Lima", "22/11/2026 10:00", "Mini Cooper", "EUR 310.00");
        MailTemplate t = TemplateLearner.learnFromValues("trips", example, Map.of("vehicle", "Mini Cooper"));
        LearnedTemplates templates = new LearnedTemplates(List.of(t));

        assertThat(templates.matching(mail("Trip 1 is set", "QZ0001", "A B", "1/1/2027 9:00", "X", "EUR 1"))).isPresent();
        assertThat(templates.matching(mail("Newsletter", "QZ0001", "A B", "1/1/2027 9:00", "X", "EUR 1"))).isEmpty();
    }

    @Test
    void aValueInItsOwnTableCellIsFoundByTheCellBeforeIt() {
        MailMessage m = new MailMessage("<t@x>", false, "Booking 77", "x@y.example", List.of(), null, null, List.of(),
                "Car model\nToyota Yaris\nPrice\n99.00\n", null);
        MailTemplate t = TemplateLearner.learnFromValues("cells", m, Map.of("vehicle", "Toyota Yaris"));
        assertThat(t.rules()).singleElement().satisfies(r -> {
            assertThat(r.nextLine()).isTrue();
            assertThat(r.anchor()).isEqualTo("Car model");
        });
        assertThat(LearnedTemplates.read(t, "Car model\nVW Up\nPrice\n10.00\n")).containsEntry("vehicle", "VW Up");
    }

    @Test
    void marksThatCannotMakeARuleAreRefusedWithAReason() {
        MailMessage m = mail("Trip 1 is set", "QZ0001", "Ana Lima", "22/11/2026 10:00", "Mini", "EUR 1");
        assertThatThrownBy(() -> TemplateLearner.learnFromValues("x", m, Map.of("vehicle", "Tesla")))
                .hasMessageContaining("is not in the mail's text");
        assertThatThrownBy(() -> TemplateLearner.learnFromValues("x", m, Map.of("colour", "Mini")))
                .hasMessageContaining("unknown field");
    }
}
