package org.rebook.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One Stripe charge/payment row. Amounts are in major units. {@code status} is normalised to
 * {@link PaymentStatus}; {@code rawStatus} keeps what Stripe wrote.
 */
public record Payment(
        String nativeId,
        Instant created,
        BigDecimal amount,
        BigDecimal amountRefunded,
        String currency,
        PaymentStatus status,
        String rawStatus,
        String description,
        String customerId,
        String customerEmail,
        String customerName,
        String customerPhone,
        String cardLast4,
        String paymentIntentId,
        String clientReferenceId,
        Map<String, String> metadata) implements ParsedRecord {

    public Payment {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    @Override
    public Source source() { return Source.STRIPE; }

    /** Money that stayed with the business: captured and succeeded, minus nothing (refunds are separate). */
    public boolean countsAsPaid() { return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED; }
}
