package org.rebook.ui.reservations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rebook.export.Urgency;
import org.rebook.extract.Text;
import org.rebook.model.Reservation;

/** A reservation as the table shows it: display strings, urgency, and a folded text for searching. */
public record ReservationRow(Reservation reservation, boolean urgent, String pickup, java.time.LocalDate pickupDay,
                             String searchText) {
    private static final DateTimeFormatter PICKUP = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH);

    /** The order of the reservations table (and of the store): pickup time, unknown last, then id. */
    public static final java.util.Comparator<ReservationRow> BY_PICKUP = java.util.Comparator
            .comparing((ReservationRow r) -> r.reservation().pickupAt(), java.util.Comparator.nullsLast(
                    java.util.Comparator.comparing(java.time.OffsetDateTime::toInstant)))
            .thenComparing(r -> r.reservation().id());

    public static ReservationRow of(Reservation r, OffsetDateTime asOf, ZoneId zone) {
        String pickup = r.pickupAt() == null ? "—" : r.pickupAt().atZoneSameInstant(zone).format(PICKUP);
        String search = Text.fold(String.join(" ", nz(r.customerName()), nz(r.customerEmail()), nz(r.customerPhone()),
                nz(r.bookingReference()), nz(r.vehicle()), nz(r.vehiclePlate()), r.id()));
        java.time.LocalDate day = r.pickupAt() == null ? null : r.pickupAt().atZoneSameInstant(zone).toLocalDate();
        return new ReservationRow(r, Urgency.isUrgent(r, asOf), pickup, day, search);
    }

    public String customer() { return nz(reservation.customerName()); }

    public String vehicle() { return nz(reservation.vehicle()); }

    public String status() { return reservation.status().code(); }

    public String paid() { return money(reservation.amountPaid(), reservation.currency()); }

    public String confidence() { return String.format(Locale.ROOT, "%.0f%%", reservation.confidence() * 100); }

    public String review() {
        return switch (reservation.reviewState()) {
            case NEEDS_REVIEW -> "review";
            case AUTO_ACCEPTED -> "auto";
            case ACCEPTED -> "staff ✓";
        };
    }

    public String reference() { return nz(reservation.bookingReference()); }

    static String money(BigDecimal v, String currency) {
        return v == null ? "" : v.toPlainString() + (currency == null ? "" : " " + currency);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
