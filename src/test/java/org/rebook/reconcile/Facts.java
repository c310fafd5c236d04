package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Source;

/** Builders for reconciler scenarios: records as extraction would describe them. */
final class Facts {
    private static long nextId = 1;

    private Facts() { }

    /** A reservation started by {@code o} alone, filed in {@code index} as linking files one. */
    static Cluster startIn(ClusterIndex index, Observation o) {
        Cluster c = new Cluster(o.key(), null);
        Probe p = new Probe(o);
        c.add(Member.byReference(o, "starts", 1.0, null), p);
        index.index(c, p);
        return c;
    }

    static OffsetDateTime at(String iso) { return OffsetDateTime.parse(iso); }

    static Observation mail(String id, DocumentKind kind, String ref, String name, String email, String sent,
                            String pickup, String ret) {
        BookingFacts f = BookingFacts.builder(kind).reference(ref).customerName(name).customerEmail(email)
                .recordedAt(at(sent)).pickupAt(pickup == null ? null : at(pickup)).returnAt(ret == null ? null : at(ret))
                .totalPrice(new BigDecimal("300.00")).currency("EUR").vehicle("VW Polo").build();
        return new Observation(nextId++, Source.EMAIL, id, f);
    }

    static Observation event(String id, String ref, String name, String email, String pickup, String ret, boolean cancelled) {
        return event(id, ref, name, email, pickup, ret, cancelled, null);
    }

    /** A calendar event on {@code calendar} (a calendar's name, as an .ics file or Google calendar gives it). */
    static Observation event(String id, String ref, String name, String email, String pickup, String ret, boolean cancelled,
                             String calendar) {
        BookingFacts f = BookingFacts.builder(cancelled ? DocumentKind.CANCELLED_EVENT : DocumentKind.BOOKING_EVENT)
                .reference(ref).customerName(name).customerEmail(email).pickupAt(at(pickup)).returnAt(at(ret))
                .recordedAt(at(pickup)).calendar(calendar).build();
        return new Observation(nextId++, Source.CALENDAR, id, f);
    }

    static Observation payment(String id, String ref, String name, String email, String created, String amount,
                               PaymentStatus status, String refunded) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).reference(ref).customerName(name).customerEmail(email)
                .recordedAt(at(created)).amount(new BigDecimal(amount)).paymentStatus(status)
                .amountRefunded(new BigDecimal(refunded)).currency("EUR").build();
        return new Observation(nextId++, Source.STRIPE, id, f);
    }

    /** A successful payment with its Stripe description, as reconcile learns what payments are for from it. */
    static Observation describedPayment(String id, String ref, String name, String email, OffsetDateTime created,
                                        String amount, String description) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).reference(ref).customerName(name).customerEmail(email)
                .recordedAt(created).amount(new BigDecimal(amount)).amountRefunded(BigDecimal.ZERO)
                .paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR").purpose(description).build();
        return new Observation(nextId++, Source.STRIPE, id, f);
    }

    /** A successful card payment with a phone and its Stripe description, as a customer's checkout gives it. */
    static Observation cardPayment(String id, String ref, String name, String email, String phone, String card,
                                   String created, String amount, String description) {
        BookingFacts f = BookingFacts.builder(DocumentKind.PAYMENT).reference(ref).customerName(name).customerEmail(email)
                .customerPhone(phone).cardLast4(card).recordedAt(at(created)).amount(new BigDecimal(amount))
                .amountRefunded(BigDecimal.ZERO).paymentStatus(PaymentStatus.SUCCEEDED).currency("EUR")
                .purpose(description).build();
        return new Observation(nextId++, Source.STRIPE, id, f);
    }

    /** The reservation holding the record with this source id. */
    static org.rebook.model.Reservation holding(org.rebook.model.ReconcileResult result, String sourceId) {
        return result.reservations().stream()
                .filter(r -> r.evidence().stream().anyMatch(e -> e.sourceId().equals(sourceId)))
                .findFirst().orElseThrow(() -> new AssertionError(sourceId + " is in no reservation"));
    }

    static Observation notBooking(String id, Source source, String reason) {
        return new Observation(nextId++, source, id, BookingFacts.builder(DocumentKind.NOT_BOOKING).notBooking(reason).build());
    }
}
