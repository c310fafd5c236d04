package org.rebook.extract;

import java.time.ZoneId;

/**
 * How to read a business's records: its time zone (for times written without one), whether ambiguous
 * numeric dates are day-first (05/06 = 5 June), an optional regex for its own booking references, and the
 * mail templates people taught it; what reconcile learnt of each sender's date order and of the fleet's models.
 */
public record ExtractionSettings(ZoneId businessZone, boolean dayFirst, String referencePattern,
                                 java.util.List<org.rebook.model.MailTemplate> templates,
                                 java.util.Map<String, Boolean> dayFirstBySender,
                                 java.util.List<String> fleet) {
    public ExtractionSettings {
        templates = templates == null ? java.util.List.of() : java.util.List.copyOf(templates);
        dayFirstBySender = dayFirstBySender == null ? java.util.Map.of() : java.util.Map.copyOf(dayFirstBySender);
        fleet = fleet == null ? java.util.List.of() : java.util.List.copyOf(fleet);
    }

    public ExtractionSettings(ZoneId businessZone, boolean dayFirst, String referencePattern,
                              java.util.List<org.rebook.model.MailTemplate> templates,
                              java.util.Map<String, Boolean> dayFirstBySender) {
        this(businessZone, dayFirst, referencePattern, templates, dayFirstBySender, java.util.List.of());
    }

    public ExtractionSettings(ZoneId businessZone, boolean dayFirst, String referencePattern,
                              java.util.List<org.rebook.model.MailTemplate> templates) {
        this(businessZone, dayFirst, referencePattern, templates, java.util.Map.of());
    }

    public ExtractionSettings(ZoneId businessZone, boolean dayFirst, String referencePattern) {
        this(businessZone, dayFirst, referencePattern, java.util.List.of());
    }

    /** The same settings with each sender's day/month order as its own mails showed it (see DateOrder). */
    public ExtractionSettings withDateOrders(java.util.Map<String, Boolean> bySender) {
        return new ExtractionSettings(businessZone, dayFirst, referencePattern, templates, bySender, fleet);
    }

    /** The same settings with the car models the incident's booking records name (see FleetNames). */
    public ExtractionSettings withFleet(java.util.List<String> models) {
        return new ExtractionSettings(businessZone, dayFirst, referencePattern, templates, dayFirstBySender, models);
    }

    public static ExtractionSettings defaults(ZoneId zone) { return new ExtractionSettings(zone, true, null); }
}
