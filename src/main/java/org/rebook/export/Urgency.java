package org.rebook.export;

import java.time.OffsetDateTime;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;

/** Which reservations need attention first: live pickups in the next 72 hours after the incident time. */
public final class Urgency {
    private Urgency() { }

    public static boolean isUrgent(Reservation r, OffsetDateTime asOf) {
        if (r.pickupAt() == null || r.status() == ReservationStatus.CANCELLED) return false;
        return !r.pickupAt().isBefore(asOf.minusHours(12))
                && r.pickupAt().isBefore(asOf.plusHours(BundleExporter.URGENT_HOURS));
    }
}
