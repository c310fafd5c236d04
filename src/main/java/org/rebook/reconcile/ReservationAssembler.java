package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rebook.common.EveryCore;
import org.rebook.extract.Amounts;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.FieldSource;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;
import org.rebook.common.Sha256;

/**
 * Turns a cluster into a reservation: resolves each field from its members (later and more authoritative
 * records win), applies cancellations in time order, sums money, and derives a confidence from the weakest
 * link and how many independent sources agree.
 */
final class ReservationAssembler {
    private final ReconcileSettings settings;

    ReservationAssembler(ReconcileSettings settings) { this.settings = settings; }

    static String reservationId(String seedKey) {
        return "RB-" + Sha256.of(seedKey).substring(0, 10).toUpperCase();
    }

    /**
     * Every cluster's reservation with staff's edits and acceptances applied, in pickup order. Each is assembled
     * from its own cluster alone, so on every core.
     */
    List<Reservation> assembleAll(java.util.Collection<Cluster> clusters, Constraints constraints) {
        // From a list: a LinkedHashMap's values split unevenly, and one core waited half a second for the other.
        List<Reservation> out = new ArrayList<>(EveryCore.map(new ArrayList<>(clusters), c ->
                StaffReview.apply(StaffEdits.apply(assemble(c), constraints.edits(c.recordIds)), c)));
        ParallelSort.sort(out, java.util.Comparator.comparing(Reservation::pickupAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Reservation::id));
        return out;
    }

    Reservation assemble(Cluster c) {
        List<Member> byDetail = sorted(c, ReservationAssembler::detailRank);
        List<Member> byIdentity = sorted(c, ReservationAssembler::identityRank);
        List<String> reasons = new ArrayList<>();
        List<FieldSource> sources = new ArrayList<>();

        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        String currency = null;
        for (Member m : c.members) {
            BookingFacts f = m.observation().facts();
            if (f.kind() != DocumentKind.PAYMENT || f.amount() == null) continue;
            if (f.paymentStatus() == PaymentStatus.SUCCEEDED || f.paymentStatus() == PaymentStatus.REFUNDED) {
                paid = paid.add(f.amount());
                if (f.amountRefunded() != null) refunded = refunded.add(f.amountRefunded());
            }
            if (currency == null) currency = f.currency();
        }
        if (currency == null) currency = last(byDetail, BookingFacts::currency, "currency", sources);
        BigDecimal total = last(byDetail, BookingFacts::totalPrice, "total_amount", sources);
        ReservationStatus status = status(c, paid, refunded, reasons);

        OffsetDateTime pickup = last(byDetail, BookingFacts::pickupAt, "pickup_at", sources);
        List<OffsetDateTime> statedPickups = c.members.stream().map(m -> m.observation().facts())
                .filter(f -> f.kind() == DocumentKind.BOOKING_CONFIRMATION || f.kind() == DocumentKind.BOOKING_EVENT)
                .map(BookingFacts::pickupAt).filter(p -> p != null).map(p -> p.toInstant().atOffset(java.time.ZoneOffset.UTC))
                .distinct().toList();
        boolean conflict = false;
        if (statedPickups.size() > 1 && c.members.stream().noneMatch(m -> m.observation().facts().kind() == DocumentKind.BOOKING_MODIFICATION)) {
            reasons.add("conflict: sources state " + statedPickups.size() + " different pickup times");
            conflict = true;
        }
        if (total != null && status == ReservationStatus.CONFIRMED && paid.subtract(refunded).compareTo(total) > 0) {
            reasons.add("conflict: paid " + Amounts.money(paid.subtract(refunded)) + " exceeds the stated total " + Amounts.money(total));
            conflict = true;
        }

        Map<Member, String> roles = Roles.assign(c.members);
        List<EvidenceLink> evidence = new ArrayList<>();
        double weakest = 1.0;
        for (Member m : c.members) {
            Observation o = m.observation();
            evidence.add(new EvidenceLink(o.recordId(), o.source(), o.nativeId(), roles.get(m), m.reason(), m.weights()));
            weakest = Math.min(weakest, m.confidence());
        }
        reasons.add(0, summary(c));
        double confidence = Math.min(weakest, breadthCap(c)) * (conflict ? 0.85 : 1.0);
        confidence = Math.round(confidence * 1000) / 1000.0;
        ReviewState review = confidence >= settings.autoAccept() ? ReviewState.AUTO_ACCEPTED : ReviewState.NEEDS_REVIEW;

        return new Reservation(reservationId(c.seedKey), c.reference, status,
                last(byIdentity, BookingFacts::customerName, "customer_name", sources),
                last(byIdentity, BookingFacts::customerEmail, "customer_email", sources),
                last(byIdentity, BookingFacts::customerPhone, "customer_phone", sources),
                last(byDetail, BookingFacts::vehicle, "vehicle", sources),
                last(byDetail, BookingFacts::plate, "vehicle_plate", sources), pickup,
                last(byDetail, BookingFacts::returnAt, "return_at", sources),
                last(byDetail, BookingFacts::pickupLocation, "pickup_location", sources),
                last(byDetail, BookingFacts::returnLocation, "return_location", sources),
                Amounts.money(total), Amounts.money(paid), Amounts.money(refunded), currency, confidence, review,
                reasons, evidence, sources);
    }

    /** Cancellations win when they come after the latest confirmation or change. */
    private static ReservationStatus status(Cluster c, BigDecimal paid, BigDecimal refunded, List<String> reasons) {
        OffsetDateTime cancelledAt = null;
        OffsetDateTime confirmedAt = null;
        boolean cancelled = false;
        for (Member m : c.members) {
            BookingFacts f = m.observation().facts();
            if (f.kind() == DocumentKind.BOOKING_CANCELLATION || f.kind() == DocumentKind.CANCELLED_EVENT) {
                cancelled = true;
                if (f.recordedAt() != null && (cancelledAt == null || f.recordedAt().isAfter(cancelledAt))) cancelledAt = f.recordedAt();
            }
            if ((f.kind() == DocumentKind.BOOKING_CONFIRMATION || f.kind() == DocumentKind.BOOKING_MODIFICATION)
                    && f.recordedAt() != null && (confirmedAt == null || f.recordedAt().isAfter(confirmedAt))) {
                confirmedAt = f.recordedAt();
            }
        }
        if (cancelled && (cancelledAt == null || confirmedAt == null || !cancelledAt.isBefore(confirmedAt))) {
            reasons.add("cancelled: a cancellation " + (cancelledAt == null ? "" : "on " + cancelledAt.toLocalDate() + " ")
                    + "came after the latest confirmation");
            return ReservationStatus.CANCELLED;
        }
        if (!c.hasBookingDetails()) {
            if (paid.signum() > 0 && refunded.compareTo(paid) >= 0) {
                reasons.add("cancelled: fully refunded and no booking details survived");
                return ReservationStatus.CANCELLED;
            }
            reasons.add("unconfirmed: only payments survived, no booking mail or calendar entry");
            return ReservationStatus.UNCONFIRMED;
        }
        return ReservationStatus.CONFIRMED;
    }

    /** A reservation seen by one source only is less certain however strong its links are. */
    private static double breadthCap(Cluster c) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        c.members.forEach(m -> sources.add(m.observation().source()));
        if (sources.size() >= 3) return 0.99;
        if (sources.size() == 2) return 0.95;
        if (c.members.size() > 1) return 0.75;
        // A reservation known from one record is usually missing others (measured: lone calendar entries at 0.6
        // were complete 0% of the time on the demo, whose bookings all have a payment).
        return 0.45;
    }

    /** One line a person reads first: "booking reference PX-… in 1 payment, 2 mails, 1 calendar entry; …". */
    private static String summary(Cluster c) {
        java.util.Map<Boolean, List<Member>> byRef = c.members.stream().collect(java.util.stream.Collectors.partitioningBy(
                m -> c.reference != null && c.reference.equals(Keys.reference(m.observation().facts().reference()))));
        StringBuilder s = new StringBuilder();
        if (!byRef.get(true).isEmpty()) s.append("booking reference ").append(c.reference).append(" in ").append(counts(byRef.get(true)));
        if (!byRef.get(false).isEmpty()) {
            if (s.length() > 0) s.append("; ");
            s.append(counts(byRef.get(false))).append(c.reference == null ? " without a reference, linked by customer and dates"
                    : " linked by customer and dates");
        }
        return s.toString();
    }

    private static String counts(List<Member> members) {
        java.util.Map<String, Long> n = members.stream().collect(java.util.stream.Collectors.groupingBy(
                m -> switch (m.observation().source()) {
                    case STRIPE -> "payment";
                    case CALENDAR -> "calendar entry";
                    case EMAIL -> "mail";
                }, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        return n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + (e.getValue() > 1 ? (e.getKey().endsWith("y") ? "" : "s") : ""))
                .map(x -> x.replace("calendar entrys", "calendar entries")).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static int detailRank(DocumentKind k) {
        return switch (k) {
            case BOOKING_MODIFICATION -> 4;
            case BOOKING_CONFIRMATION, BOOKING_CANCELLATION -> 3;
            case BOOKING_EVENT, CANCELLED_EVENT -> 2;
            case PAYMENT -> 1;
            default -> 0;
        };
    }

    private static int identityRank(DocumentKind k) {
        return switch (k) {
            case BOOKING_CONFIRMATION, BOOKING_MODIFICATION, BOOKING_CANCELLATION -> 3;
            case BOOKING_EVENT, CANCELLED_EVENT -> 2;
            case PAYMENT, CUSTOMER_REPLY -> 1;
            default -> 0;
        };
    }

    private static List<Member> sorted(Cluster c, java.util.function.ToIntFunction<DocumentKind> rank) {
        return c.members.stream()
                .sorted(Comparator.<Member>comparingInt(m -> rank.applyAsInt(m.observation().facts().kind()))
                        .thenComparing(m -> m.observation().facts().recordedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The value from the most authoritative, most recent record that states it; notes which record that was. */
    private static <T> T last(List<Member> ordered, Function<BookingFacts, T> field, String name, List<FieldSource> sources) {
        T value = null;
        Member from = null;
        for (Member m : ordered) {
            T v = field.apply(m.observation().facts());
            if (v != null && !(v instanceof String s && s.isBlank())) {
                value = v;
                from = m;
            }
        }
        if (from != null) {
            Observation o = from.observation();
            sources.add(new FieldSource(name, String.valueOf(value), o.recordId(), o.source(), o.nativeId()));
        }
        return value;
    }
}
