package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rebook.model.FieldSource;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;

/**
 * Applies values a person typed over what the sources said. The sources' value is not dropped: the field's
 * provenance keeps the record it came from and notes what it was.
 */
public final class StaffEdits {
    /** Fields a person may type, by their export name. */
    public static final List<String> EDITABLE = List.of("customer_name", "customer_email", "customer_phone", "vehicle",
            "vehicle_plate", "pickup_at", "return_at", "pickup_location", "return_location", "total_amount", "currency",
            "status");

    private StaffEdits() { }

    /** Checks a typed value can be stored in that field; returns why not, or null when it can. */
    public static String problem(String field, String value) {
        if (!EDITABLE.contains(field)) return "“" + field + "” cannot be edited";
        if (value == null || value.isBlank()) return null; // clearing a field is allowed
        try {
            switch (field) {
                case "pickup_at", "return_at" -> OffsetDateTime.parse(value);
                case "total_amount" -> new BigDecimal(value);
                case "status" -> ReservationStatus.fromCode(value);
                case "currency" -> {
                    if (!value.matches("[A-Za-z]{3}")) return "a currency is a three-letter code such as EUR";
                }
                default -> { }
            }
        } catch (RuntimeException e) {
            return switch (field) {
                case "pickup_at", "return_at" -> "not a date and time";
                case "total_amount" -> "not an amount (use digits and a dot, e.g. 1234.50)";
                default -> "not one of confirmed, cancelled, unconfirmed";
            };
        }
        return null;
    }

    static Reservation apply(Reservation r, Map<String, Constraints.Edit> edits) {
        if (edits.isEmpty()) return r;
        List<FieldSource> sources = new ArrayList<>(r.fieldSources());
        List<String> reasons = new ArrayList<>(r.reasons());
        String name = r.customerName(), email = r.customerEmail(), phone = r.customerPhone(), vehicle = r.vehicle();
        String plate = r.vehiclePlate(), pickupPlace = r.pickupLocation(), returnPlace = r.returnLocation();
        String currency = r.currency();
        OffsetDateTime pickup = r.pickupAt(), ret = r.returnAt();
        BigDecimal total = r.totalAmount();
        ReservationStatus status = r.status();
        for (Constraints.Edit e : edits.values()) {
            String field = e.edit().field();
            String v = e.edit().value() == null || e.edit().value().isBlank() ? null : e.edit().value().strip();
            if (problem(field, v) != null) continue; // checked when typed; a stored bad value is ignored, not fatal
            switch (field) {
                case "customer_name" -> name = v;
                case "customer_email" -> email = v;
                case "customer_phone" -> phone = v;
                case "vehicle" -> vehicle = v;
                case "vehicle_plate" -> plate = v;
                case "pickup_location" -> pickupPlace = v;
                case "return_location" -> returnPlace = v;
                case "pickup_at" -> pickup = v == null ? null : OffsetDateTime.parse(v);
                case "return_at" -> ret = v == null ? null : OffsetDateTime.parse(v);
                case "total_amount" -> total = v == null ? null : new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP);
                case "currency" -> currency = v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
                case "status" -> status = v == null ? status : ReservationStatus.fromCode(v);
                default -> { }
            }
            FieldSource was = r.sourceOf(field).orElse(null);
            String said = was == null ? (field.equals("status") ? "“" + r.status().code() + "”" : "nothing") : "“" + was.value() + "”";
            String note = "staff edit (decision #" + e.decisionId() + "); the sources said " + said;
            sources.removeIf(f -> f.field().equals(field));
            long anchor = e.edit().anchorRecordId();
            FieldSource from = was != null ? was : r.evidence().stream().filter(l -> l.recordId() == anchor).findFirst()
                    .map(l -> new FieldSource(field, null, l.recordId(), l.source(), l.sourceId())).orElse(null);
            if (from != null) sources.add(new FieldSource(field, v, from.recordId(), from.source(), from.sourceId(), note));
            reasons.add("edited by staff: " + field.replace('_', ' ') + " set to " + (v == null ? "nothing" : "“" + v + "”")
                    + ", the sources said " + said + " (decision #" + e.decisionId() + ")");
        }
        return new Reservation(r.id(), r.bookingReference(), status, name, email, phone, vehicle, plate, pickup, ret,
                pickupPlace, returnPlace, total, r.amountPaid(), r.amountRefunded(), currency, r.confidence(),
                r.reviewState(), reasons, r.evidence(), sources);
    }
}
