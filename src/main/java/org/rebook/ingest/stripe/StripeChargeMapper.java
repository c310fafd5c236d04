package org.rebook.ingest.stripe;

import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.checkout.Session;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;

/**
 * A Stripe charge read from the API, enriched with what its checkout session, payment intent and customer
 * know, as the same {@link Payment} a Dashboard export row gives (same id, major units).
 */
final class StripeChargeMapper {
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg",
            "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");
    private static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");

    private StripeChargeMapper() { }

    static Payment map(Charge c, Session session, Map<String, String> intentMetadata, Customer customer) {
        String currency = c.getCurrency() == null ? "" : c.getCurrency().toLowerCase(Locale.ROOT);
        BigDecimal amount = major(c.getAmount(), currency);
        BigDecimal refunded = major(c.getAmountRefunded(), currency);
        PaymentStatus status = PaymentStatus.fromExport(c.getStatus(), String.valueOf(Boolean.TRUE.equals(c.getCaptured())));
        if (status == PaymentStatus.SUCCEEDED && (Boolean.TRUE.equals(c.getRefunded()) || refunded.compareTo(amount) >= 0 && refunded.signum() > 0)) {
            status = PaymentStatus.REFUNDED;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (intentMetadata != null) metadata.putAll(intentMetadata);
        if (session != null && session.getMetadata() != null) metadata.putAll(session.getMetadata());
        if (c.getMetadata() != null) metadata.putAll(c.getMetadata()); // the charge's own metadata wins
        Charge.BillingDetails billing = c.getBillingDetails();
        Session.CustomerDetails details = session == null ? null : session.getCustomerDetails();
        String email = first(billing == null ? null : billing.getEmail(), c.getReceiptEmail(),
                details == null ? null : details.getEmail(), customer == null ? null : customer.getEmail());
        String name = first(billing == null ? null : billing.getName(), details == null ? null : details.getName(),
                customer == null ? null : customer.getName());
        String phone = first(billing == null ? null : billing.getPhone(), details == null ? null : details.getPhone(),
                customer == null ? null : customer.getPhone());
        String last4 = c.getPaymentMethodDetails() != null && c.getPaymentMethodDetails().getCard() != null
                ? c.getPaymentMethodDetails().getCard().getLast4() : null;
        return new Payment(c.getId(), Instant.ofEpochSecond(c.getCreated()), amount, refunded,
                currency.toUpperCase(Locale.ROOT), status, c.getStatus(), c.getDescription(), c.getCustomer(), email, name,
                phone, last4, c.getPaymentIntent(), session == null ? null : session.getClientReferenceId(), metadata);
    }

    static BigDecimal major(Long minor, String currency) {
        if (minor == null) return BigDecimal.ZERO.setScale(2);
        int scale = ZERO_DECIMAL.contains(currency) ? 0 : THREE_DECIMAL.contains(currency) ? 3 : 2;
        return BigDecimal.valueOf(minor, scale).setScale(Math.max(2, scale));
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
