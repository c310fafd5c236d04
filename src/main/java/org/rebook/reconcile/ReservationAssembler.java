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
import org.rebook.extract.Amounts;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
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

    Reservation assemble(Cluster c) {
        List<BookingFacts> byDetail = sorted(c, ReservationAssembler::detailRank);
        List<BookingFacts> byIdentity = sorted(c, ReservationAssembler::identityRank);
        List<String> reasons = new ArrayList<>();

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
        if (currency == null) currency = last(byDetail, BookingFacts::currency);
        BigDecimal total = last(byDetail, BookingFacts::totalPrice);
        ReservationStatus status = status(c, paid, refunded, reasons);

        OffsetDateTime pickup = last(byDetail, BookingFacts::pickupAt);
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
            evidence.add(new EvidenceLink(o.recordId(), o.source(), o.nativeId(), roles.get(m), m.reason()));
            weakest = Math.min(weakest, m.confidence());
        }
        reasons.add(0, summary(c));
        double confidence = Math.min(weakest, breadthCap(c)) * (conflict ? 0.85 : 1.0);
        confidence = Math.round(confidence * 1000) / 1000.0;
        ReviewState review = confidence >= settings.autoAccept() ? ReviewState.AUTO_ACCEPTED : ReviewState.NEEDS_REVIEW;

        return new Reservation(reservationId(c.seedKey), c.reference, status,
                last(byIdentity, BookingFacts::customerName), last(byIdentity, BookingFacts::customerEmail),
                last(byIdentity, BookingFacts::customerPhone), last(byDetail, BookingFacts::vehicle),
                last(byDetail, BookingFacts::plate), pickup, last(byDetail, BookingFacts::returnAt),
                last(byDetail, BookingFacts::pickupLocation), last(byDetail, BookingFacts::returnLocation),
                Amounts.money(total), Amounts.money(paid), Amounts.money(refunded), currency, confidence, review,
                reasons, evidence);
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
        DocumentKind kind = c.members.get(0).observation().facts().kind();
        return kind == DocumentKind.PAYMENT ? 0.4 : kind.describesBooking() ? 0.6 : 0.4;
    }

    private static String summary(Cluster c) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        c.members.forEach(m -> sources.add(m.observation().source()));
        String from = sources.stream().map(Source::code).reduce((a, b) -> a + ", " + b).orElse("");
        return c.members.size() + " record(s) from " + from
                + (c.reference != null ? "; booking reference " + c.reference : "; no booking reference");
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

    private static List<BookingFacts> sorted(Cluster c, java.util.function.ToIntFunction<DocumentKind> rank) {
        return c.members.stream().map(m -> m.observation().facts())
                .sorted(Comparator.<BookingFacts>comparingInt(f -> rank.applyAsInt(f.kind()))
                        .thenComparing(BookingFacts::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The value from the most authoritative, most recent record that states it. */
    private static <T> T last(List<BookingFacts> ordered, Function<BookingFacts, T> field) {
        T value = null;
        for (BookingFacts f : ordered) {
            T v = field.apply(f);
            if (v != null && !(v instanceof String s && s.isBlank())) value = v;
        }
        return value;
    }
}
