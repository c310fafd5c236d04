package org.rebook.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What extraction read from one record. Null means "not stated". {@code amount} is money this record moved
 * (payments and receipts); {@code totalPrice} the booking's price as stated (mails, calendar).
 * {@code recordedAt} is when the record itself was made, used to apply changes in time order.
 * {@code notBookingReason} explains a {@link DocumentKind#NOT_BOOKING} verdict; {@code threadIds} are the
 * Message-IDs a mail answers (empty for other sources); {@code calendar} the calendar an event is on;
 * {@code purpose} what a payment says it was for (its description).
 */
public record BookingFacts(
        DocumentKind kind,
        String reference,
        String customerName,
        String customerEmail,
        String customerPhone,
        BigDecimal amount,
        BigDecimal amountRefunded,
        PaymentStatus paymentStatus,
        String cardLast4,
        BigDecimal totalPrice,
        String currency,
        OffsetDateTime pickupAt,
        OffsetDateTime returnAt,
        String pickupLocation,
        String returnLocation,
        String vehicle,
        String plate,
        OffsetDateTime recordedAt,
        String notBookingReason,
        java.util.List<String> threadIds,
        String calendar,
        String purpose) {

    public BookingFacts {
        threadIds = threadIds == null ? java.util.List.of() : java.util.List.copyOf(threadIds);
    }

    public static Builder builder(DocumentKind kind) { return new Builder(kind); }

    /** Fluent construction: extraction fills fields as it finds them. */
    public static final class Builder {
        private DocumentKind kind;
        private String reference, customerName, customerEmail, customerPhone, cardLast4, currency;
        private BigDecimal amount, amountRefunded, totalPrice;
        private PaymentStatus paymentStatus;
        private OffsetDateTime pickupAt, returnAt, recordedAt;
        private String pickupLocation, returnLocation, vehicle, plate, notBookingReason;
        private java.util.List<String> threadIds = java.util.List.of();
        private String calendar;
        private String purpose;

        private Builder(DocumentKind kind) { this.kind = kind; }

        public Builder kind(DocumentKind v) { kind = v; return this; }
        public DocumentKind kind() { return kind; }
        public Builder reference(String v) { if (reference == null) reference = v; return this; }
        public String reference() { return reference; }
        public Builder customerName(String v) { if (customerName == null) customerName = v; return this; }
        public Builder customerEmail(String v) { if (customerEmail == null) customerEmail = v; return this; }
        public Builder customerPhone(String v) { if (customerPhone == null) customerPhone = v; return this; }
        public Builder amount(BigDecimal v) { if (amount == null) amount = v; return this; }
        public Builder amountRefunded(BigDecimal v) { if (amountRefunded == null) amountRefunded = v; return this; }
        public Builder paymentStatus(PaymentStatus v) { paymentStatus = v; return this; }
        public Builder cardLast4(String v) { if (cardLast4 == null) cardLast4 = v; return this; }
        public Builder totalPrice(BigDecimal v) { if (totalPrice == null) totalPrice = v; return this; }
        public Builder currency(String v) { if (currency == null) currency = v; return this; }
        public Builder pickupAt(OffsetDateTime v) { if (pickupAt == null) pickupAt = v; return this; }
        public OffsetDateTime pickupAt() { return pickupAt; }
        public Builder returnAt(OffsetDateTime v) { if (returnAt == null) returnAt = v; return this; }
        public Builder pickupLocation(String v) { if (pickupLocation == null) pickupLocation = v; return this; }
        public Builder returnLocation(String v) { if (returnLocation == null) returnLocation = v; return this; }
        public Builder vehicle(String v) { if (vehicle == null) vehicle = v; return this; }
        public Builder plate(String v) { if (plate == null) plate = v; return this; }
        public Builder recordedAt(OffsetDateTime v) { if (recordedAt == null) recordedAt = v; return this; }
        public Builder notBooking(String reason) { kind = DocumentKind.NOT_BOOKING; notBookingReason = reason; return this; }
        /** Message-IDs this mail answers or forwards (In-Reply-To, References). */
        public Builder threadIds(java.util.List<String> v) { threadIds = v; return this; }
        /** The calendar a calendar event is on (its name or id): a booking has at most one event per calendar. */
        public Builder calendar(String v) { calendar = v; return this; }
        /** What a payment says it was for ("Car rental – deposit", "Gift voucher"): its description. */
        public Builder purpose(String v) { if (purpose == null) purpose = v; return this; }

        /**
         * The facts, with values from a small set that recurs on most records (the fleet's cars, the business's
         * places and calendars, currencies, payment descriptions, card endings) held once: a reconcile keeps
         * every record's facts in memory, and the collector traces and moves each copy. Names and addresses are
         * left as they are: there are as many as customers, and interning them cost more time than it saved
         * (the JVM's string table grew to hundreds of thousands of entries while records were read).
         */
        public BookingFacts build() {
            return new BookingFacts(kind, reference, customerName, customerEmail, customerPhone, amount,
                    amountRefunded, paymentStatus, once(cardLast4), totalPrice, once(currency), pickupAt, returnAt,
                    once(pickupLocation), once(returnLocation), once(vehicle), once(plate), recordedAt,
                    once(notBookingReason), threadIds, once(calendar), once(purpose));
        }

        /**
         * The copy held for {@code s}. A map of its own rather than {@link String#intern}: the JVM's string table was
         * half a second of CPU for 374 000 records. Bounded, as one window reads many incidents; past the bound a
         * value is kept as it is, which only costs memory.
         */
        private static String once(String s) {
            if (s == null) return null;
            String held = HELD.get(s);
            if (held != null) return held;
            if (HELD.size() >= MAX_HELD) return s;
            held = HELD.putIfAbsent(s, s);
            return held == null ? s : held;
        }

        private static final int MAX_HELD = 100_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, String> HELD = new java.util.concurrent.ConcurrentHashMap<>();
    }
}
