package org.rebook.ingest.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeDatesTest {
    @Test
    void everyFormTheExportWritesIsReadAsUtc() {
        Instant expected = Instant.parse("2022-12-31T23:59:00Z");
        assertThat(StripeDates.parse("2022-12-31 23:59")).contains(expected);
        assertThat(StripeDates.parse(" 12/31/2022 23:59 ")).contains(expected);
        assertThat(StripeDates.parse("2022-12-31T23:59")).contains(expected);
        assertThat(StripeDates.parse("2023-01-01T00:59:00+01:00")).contains(expected);
        assertThat(StripeDates.parse("2022-12-31t23:59:00z")).contains(expected);
        assertThat(StripeDates.parse("1672531140")).contains(expected);
        assertThat(StripeDates.parse("yesterday")).isEmpty();
    }

    /** Trying the ISO-with-offset form only when a 'T' is there reads every text as trying it always did. */
    @Test
    void skippingTheOffsetFormWithoutATChangesNoReading() {
        for (String text : List.of("2022-12-31 23:59:59", "2022-12-31 23:59:59.123", "2022-12-31T23:59:59+00:00",
                "2022-12-31T23:59:59Z", "2022-12-31t23:59:59z", "2022-12-31 23:59:59+00:00", "2022-12-31 23:59:59Z",
                "1/2/2023 4:05", "2023-01-02T04:05", "2023-01-02T04:05:06.789", "1672531140", "", " ", "T", "t10",
                "2022-12-31T25:00:00Z", "2022-12-31")) {
            assertThat(StripeDates.parse(text)).as(text).isEqualTo(alwaysTryingTheOffsetForm(text));
        }
    }

    private static Optional<Instant> alwaysTryingTheOffsetForm(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return StripeDates.parse(text); // past the offset form, both read alike
        }
    }
}
