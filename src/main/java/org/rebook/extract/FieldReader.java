package org.rebook.extract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.rebook.model.BookingFacts;

/** Turns labelled values and free text into typed booking fields; shared by the per-source extractors. */
final class FieldReader {
    final References references;
    final ExtractionSettings settings;
    private final boolean dayFirst;

    FieldReader(References references, ExtractionSettings settings) {
        this(references, settings, settings.dayFirst());
    }

    private FieldReader(References references, ExtractionSettings settings, boolean dayFirst) {
        this.references = references;
        this.settings = settings;
        this.dayFirst = dayFirst;
    }

    /** A reader for one sender's mails: their own day/month order when their dates showed it. */
    FieldReader forSender(String sender) {
        Boolean order = settings.dayFirstBySender().get(sender);
        return order == null || order == dayFirst ? this : new FieldReader(references, settings, order);
    }

    Optional<OffsetDateTime> dateTime(String text) {
        return DateTexts.find(text, settings.businessZone(), dayFirst).map(DateTexts.Found::at);
    }

    /**
     * A value like "12 Oct 2026 10:00, Lisbon Airport": the time, and the place after it. The date is found
     * once for both (finding it is the most expensive step of reading a mail).
     */
    private void timeAndPlace(String value, java.util.function.Consumer<OffsetDateTime> time,
                              java.util.function.Consumer<String> place) {
        DateTexts.find(value, settings.businessZone(), dayFirst).ifPresent(f -> {
            time.accept(f.at());
            String rest = AFTER_DATE.matcher(value.substring(f.end())).replaceFirst("").strip();
            if (rest.length() > 1) place.accept(rest);
        });
    }

    private static final java.util.regex.Pattern AFTER_DATE =
            java.util.regex.Pattern.compile("^[\\s,;|\\-–—@]*(?i:(at|em|en|à|a|in|bei|presso|no|na|le)\\s+)?");

    Optional<BigDecimal> money(String value) {
        return Amounts.parse(value).map(Amounts::money);
    }

    /** Fills the builder from "Label: value" lines: labelled values are the most trustworthy text layer. */
    void fromLabels(LabeledValues labels, BookingFacts.Builder b) {
        String ref = labels.first(Field.REFERENCE);
        if (ref != null) references.normaliseLabelled(ref).ifPresent(b::reference);
        b.customerName(cleanName(labels.first(Field.NAME)));
        String email = labels.first(Field.EMAIL);
        if (email != null) Contacts.email(email).ifPresent(b::customerEmail);
        b.customerPhone(labels.first(Field.PHONE));
        String pickup = labels.first(Field.PICKUP);
        if (pickup != null) timeAndPlace(pickup, b::pickupAt, b::pickupLocation);
        String ret = labels.first(Field.RETURN);
        if (ret != null) timeAndPlace(ret, b::returnAt, b::returnLocation);
        b.pickupLocation(labels.first(Field.PICKUP_LOCATION));
        b.returnLocation(labels.first(Field.RETURN_LOCATION));
        b.vehicle(vehicle(labels.first(Field.VEHICLE)));
        b.plate(labels.first(Field.PLATE));
        String total = labels.first(Field.TOTAL);
        if (total != null) {
            money(total).ifPresent(b::totalPrice);
            Contacts.currency(total).ifPresent(b::currency);
        }
    }

    private static final java.util.regex.Pattern FROM_BRACKET = java.util.regex.Pattern.compile("\\s*[<(\\[].*$");
    private static final java.util.regex.Pattern OR_SIMILAR = java.util.regex.Pattern.compile(
            "(?i)\\s*[,(]?\\s*(or similar|ou similar|o similar|ou similaire|oder ähnlich|o simile)\\)?\\s*$");

    /** "VW Polo or similar" is a car group promise; the model is what matters for re-import. */
    static String vehicle(String value) {
        if (value == null) return null;
        String v = OR_SIMILAR.matcher(value).replaceFirst("").strip();
        return v.isEmpty() ? null : v;
    }

    private static String cleanName(String name) {
        if (name == null) return null;
        String n = FROM_BRACKET.matcher(name).replaceAll("").strip();
        return n.isEmpty() || n.contains("@") ? null : n;
    }
}
