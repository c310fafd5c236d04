package org.rebook.ingest.stripe;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Dashboard export timestamps, always UTC: {@code 2022-12-31 23:59:59}, {@code 12/31/2022 23:59}, ISO. */
final class StripeDates {
    private static final java.util.regex.Pattern EPOCH_SECONDS = java.util.regex.Pattern.compile("\\d{9,11}");
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]"));

    private StripeDates() { }

    static Optional<Instant> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        // ISO with an offset has a 'T' (either case) between date and time; the export's usual form has none,
        // and failing the ISO parse first cost a thrown exception on every row.
        if (t.indexOf('T') >= 0 || t.indexOf('t') >= 0) {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException ignored) {
                // not ISO with offset; try the export's local-UTC forms
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        if (EPOCH_SECONDS.matcher(t).matches()) return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
        return Optional.empty();
    }
}
