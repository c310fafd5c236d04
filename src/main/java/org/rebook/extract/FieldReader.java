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

    /** What follows the date in a value like "12 Oct 2026 10:00, Lisbon Airport" — the place. */
    Optional<String> placeAfterDate(String value) {
        return DateTexts.find(value, settings.businessZone(), dayFirst).map(f -> value.substring(f.end()))
                .map(rest -> rest.replaceFirst("^[\\s,;|\\-–—@]*(?i:(at|em|en|à|a|in|bei|presso|no|na|le)\\s+)?", "").strip())
                .filter(rest -> rest.length() > 1);
    }

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
        if (pickup != null) {
            dateTime(pickup).ifPresent(b::pickupAt);
            placeAfterDate(pickup).ifPresent(b::pickupLocation);
        }
        String ret = labels.first(Field.RETURN);
        if (ret != null) {
            dateTime(ret).ifPresent(b::returnAt);
            placeAfterDate(ret).ifPresent(b::returnLocation);
        }
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
        String n = name.replaceAll("\\s*[<(\\[].*$", "").strip();
        return n.isEmpty() || n.contains("@") ? null : n;
    }
}
