package org.rebook.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rebook.model.EvidenceLink;
import org.rebook.model.FieldSource;
import org.rebook.model.Reservation;

/** Reservations shaped as the workspace gives them back once stored, without storing and reading them. */
public final class AsStored {
    private AsStored() { }

    /**
     * What {@link ResultStore#reservations()} gives back after {@code reservations} were stored: the same order, evidence
     * and field sources in their stored order, reasons split as stored, amounts at the stored scale. Lets the
     * one-shot path export what it just stored without reading it back (MemoryExportTest holds the two equal).
     */
    public static List<Reservation> of(List<Reservation> reservations) {
        List<Reservation> out = new ArrayList<>(reservations.size());
        for (Reservation r : reservations) {
            String reasons = String.join(ResultStore.REASON_SEPARATOR, r.reasons());
            List<EvidenceLink> evidence = new ArrayList<>(r.evidence());
            evidence.sort(AllReservations.EVIDENCE_ORDER);
            List<FieldSource> fields = new ArrayList<>(r.fieldSources());
            fields.sort(Comparator.comparing(FieldSource::field));
            out.add(new Reservation(r.id(), r.bookingReference(), r.status(), r.customerName(), r.customerEmail(),
                    r.customerPhone(), r.vehicle(), r.vehiclePlate(), r.pickupAt(), r.returnAt(), r.pickupLocation(),
                    r.returnLocation(), stored(r.totalAmount()), stored(r.amountPaid()), stored(r.amountRefunded()),
                    r.currency(), r.confidence(), r.reviewState(),
                    reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(ResultStore.REASON_SEPARATOR)), evidence, fields));
        }
        out.sort(AllReservations.PICKUP_ORDER);
        return out;
    }

    private static BigDecimal stored(BigDecimal v) {
        return v == null ? null : ResultStore.scaled(v.setScale(4, java.math.RoundingMode.HALF_UP));
    }
}
