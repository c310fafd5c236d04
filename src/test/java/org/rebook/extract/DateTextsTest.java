package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextsTest {
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-12 10:00|2026-10-12T10:00+01:00",
            "2026-10-12T10:00:00+02:00|2026-10-12T10:00+02:00",
            "12 Oct 2026 10:00, Lisbon Airport|2026-10-12T10:00+01:00",
            "Mon, Oct 12, 2026 3:30 PM – Faro|2026-10-12T15:30+01:00",
            "12 de outubro de 2026 às 09h30|2026-10-12T09:30+01:00",
            "12. Oktober 2026, 10:00 Uhr|2026-10-12T10:00+01:00",
            "12 ottobre 2026 ore 18:45|2026-10-12T18:45+01:00",
            "12 octobre 2026 à 8h15|2026-10-12T08:15+01:00",
            "12 de diciembre de 2026 10:00|2026-12-12T10:00Z",
            "12/10/2026 10:00|2026-10-12T10:00+01:00",
            "12.10.2026 10:00|2026-10-12T10:00+01:00",
            "13/12/2026|2026-12-13T00:00Z",
            "12 Oct 2026 10:00 UTC|2026-10-12T10:00Z",
    })
    void findsDatesInSeveralLanguagesAndShapes(String text, String expected) {
        assertThat(DateTexts.find(text, LISBON, true)).get().extracting(DateTexts.Found::at)
                .satisfies(at -> assertThat(at.isEqual(OffsetDateTime.parse(expected))).as(at.toString()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"true,2026-06-05", "false,2026-05-06"})
    void ambiguousNumericDatesFollowTheTemplatesOrder(boolean dayFirst, String expected) {
        assertThat(DateTexts.find("05/06/2026", LISBON, dayFirst)).get()
                .satisfies(f -> assertThat(f.at().toLocalDate()).hasToString(expected));
    }

    @Test
    void everyKnownMonthNameIsReadInBothOrdersAndTheLongestNameWins() {
        MonthNames.all().forEach((name, month) -> {
            assertThat(DateTexts.find("Pickup 12 " + name + " 2026", LISBON, true)).as(name).get()
                    .satisfies(f -> assertThat(f.at().toLocalDate()).isEqualTo(LocalDate.of(2026, month, 12)));
            assertThat(DateTexts.find("Pickup " + name + ". 3, 2026", LISBON, true)).as(name).get()
                    .satisfies(f -> assertThat(f.at().toLocalDate()).isEqualTo(LocalDate.of(2026, month, 3)));
        });
        // "sept" must not stop at "sep", nor "marzo" at "mar": the match covers the whole word.
        assertThat(DateTexts.find("12 sept 2026", LISBON, true)).get().extracting(DateTexts.Found::end).isEqualTo(12);
        assertThat(DateTexts.find("marzo 12, 2026", LISBON, true)).get().extracting(DateTexts.Found::start).isEqualTo(0);
    }
}
