package org.rebook.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A reservation rebuilt from evidence. Amounts are in major units of {@code currency}. */
public record Reservation(
        String id,
        String bookingReference,
        ReservationStatus status,
        String customerName,
        String customerEmail,
        String customerPhone,
        String vehicle,
        String vehiclePlate,
        OffsetDateTime pickupAt,
        OffsetDateTime returnAt,
        String pickupLocation,
        String returnLocation,
        BigDecimal totalAmount,
        BigDecimal amountPaid,
        BigDecimal amountRefunded,
        String currency,
        double confidence,
        ReviewState reviewState,
        List<String> reasons,
        List<EvidenceLink> evidence,
        List<FieldSource> fieldSources) {

    public Reservation {
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        fieldSources = fieldSources == null ? List.of() : List.copyOf(fieldSources);
    }

    /** The record that gave {@code field}, if any. */
    public java.util.Optional<FieldSource> sourceOf(String field) {
        return fieldSources.stream().filter(f -> f.field().equals(field)).findFirst();
    }
}
