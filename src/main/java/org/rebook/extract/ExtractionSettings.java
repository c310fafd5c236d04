package org.rebook.extract;

import java.time.ZoneId;

/**
 * How to read a business's records: its time zone (for times written without one), whether ambiguous
 * numeric dates are day-first (05/06 = 5 June), and an optional regex for its own booking references.
 */
public record ExtractionSettings(ZoneId businessZone, boolean dayFirst, String referencePattern) {
    public static ExtractionSettings defaults(ZoneId zone) { return new ExtractionSettings(zone, true, null); }
}
