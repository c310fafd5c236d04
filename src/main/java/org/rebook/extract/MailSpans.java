package org.rebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebook.model.BookingFacts;
import org.rebook.model.MailMessage;

/**
 * Where in a mail each extracted value came from: character spans over the text extraction read (the
 * text part, or the HTML rendered to text), so screens can highlight them. A labelled line ("Pick-up: …")
 * gives its value's span; other values are found where they first appear in the text.
 */
public record MailSpans(String text, List<Span> spans) {
    /** One field's value at {@code [start, end)} of {@link #text()}. */
    public record Span(String field, int start, int end) { }

    /** Label kinds by the export name of the field they give. */
    private static final Map<Field, String> FIELD_NAMES = Map.ofEntries(Map.entry(Field.REFERENCE, "reference"),
            Map.entry(Field.NAME, "customer_name"), Map.entry(Field.EMAIL, "customer_email"),
            Map.entry(Field.PHONE, "customer_phone"), Map.entry(Field.PICKUP, "pickup_at"), Map.entry(Field.RETURN, "return_at"),
            Map.entry(Field.PICKUP_LOCATION, "pickup_location"), Map.entry(Field.RETURN_LOCATION, "return_location"),
            Map.entry(Field.VEHICLE, "vehicle"), Map.entry(Field.PLATE, "vehicle_plate"), Map.entry(Field.TOTAL, "total_amount"));

    public static MailSpans of(MailMessage m, BookingFacts f) {
        String text = MailFacts.body(m);
        List<Span> spans = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (LabeledValues.Value v : new LabeledValues(text).all()) {
            String name = FIELD_NAMES.get(v.field());
            if (name != null && placed.add(name) && stated(f, name) != null) spans.add(new Span(name, v.start(), v.end()));
        }
        // Values read elsewhere (greeting, subject-free body, markup): their first place in the text.
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : List.of("reference", "customer_name", "customer_email", "customer_phone", "pickup_location",
                "return_location", "vehicle", "vehicle_plate")) {
            if (placed.contains(name)) continue;
            Object value = stated(f, name);
            if (!(value instanceof String s) || s.isBlank()) continue;
            int at = lower.indexOf(s.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                spans.add(new Span(name, at, at + s.length()));
                placed.add(name);
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return new MailSpans(text, spans);
    }

    private static Object stated(BookingFacts f, String field) {
        return switch (field) {
            case "reference" -> f.reference();
            case "customer_name" -> f.customerName();
            case "customer_email" -> f.customerEmail();
            case "customer_phone" -> f.customerPhone();
            case "pickup_at" -> f.pickupAt();
            case "return_at" -> f.returnAt();
            case "pickup_location" -> f.pickupLocation();
            case "return_location" -> f.returnLocation();
            case "vehicle" -> f.vehicle();
            case "vehicle_plate" -> f.plate();
            case "total_amount" -> f.totalPrice();
            default -> null;
        };
    }

}
