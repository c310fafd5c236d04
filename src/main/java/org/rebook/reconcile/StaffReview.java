package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.rebook.model.Reservation;
import org.rebook.model.ReviewState;

/**
 * A reservation a person accepted stays accepted while it holds exactly what they accepted. New evidence
 * joining it later sends it back to review: the person has not seen that record.
 */
final class StaffReview {
    private StaffReview() { }

    static Reservation apply(Reservation r, Cluster c) {
        if (c.pin == null || !c.pin.accepted) return r;
        boolean unchanged = c.pin.records.containsAll(c.recordIds);
        List<String> reasons = new ArrayList<>(r.reasons());
        reasons.add(unchanged ? "accepted by staff (decision #" + c.pin.decisionId + ")"
                : "accepted by staff (decision #" + c.pin.decisionId + "), but new evidence joined since: review it again");
        return new Reservation(r.id(), r.bookingReference(), r.status(), r.customerName(), r.customerEmail(),
                r.customerPhone(), r.vehicle(), r.vehiclePlate(), r.pickupAt(), r.returnAt(), r.pickupLocation(),
                r.returnLocation(), r.totalAmount(), r.amountPaid(), r.amountRefunded(), r.currency(), r.confidence(),
                unchanged ? ReviewState.ACCEPTED : ReviewState.NEEDS_REVIEW, reasons, r.evidence(), r.fieldSources());
    }
}
