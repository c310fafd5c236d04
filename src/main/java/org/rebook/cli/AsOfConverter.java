package org.rebook.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses --as-of: {@code 2026-11-21T08:00+00:00}, {@code 2026-11-21T08:00} or {@code 2026-11-21}. Values
 * without an offset are kept as local and placed in the business zone later ({@link AsOf}).
 */
final class AsOfConverter implements ITypeConverter<AsOf> {
    @Override
    public AsOf convert(String value) {
        try {
            return new AsOf(OffsetDateTime.parse(value), null);
        } catch (DateTimeParseException ignored) {
            // try local forms
        }
        try {
            return new AsOf(null, LocalDateTime.parse(value));
        } catch (DateTimeParseException ignored) {
            // try a date
        }
        try {
            return new AsOf(null, LocalDate.parse(value).atStartOfDay());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date-time; use 2026-11-21T08:00 or 2026-11-21T08:00+00:00");
        }
    }
}
