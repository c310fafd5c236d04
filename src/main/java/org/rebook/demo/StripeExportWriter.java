package org.rebook.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the demo's Stripe Dashboard payments export (the recent "unified payments" header family) with
 * deposits, balances, failed attempts, refunds, after-return extras and unrelated sales.
 */
final class StripeExportWriter {
    static final String[] HEADER = {"id", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Captured",
            "Converted Amount", "Converted Amount Refunded", "Converted Currency", "Description", "Fee",
            "PaymentIntent ID", "Payment Source Type", "Refunded date (UTC)", "Statement Descriptor", "Status",
            "Seller Message", "Card ID", "Card Name", "Card Brand", "Card Last4", "Customer ID",
            "Customer Description", "Customer Email", "Customer Phone", "Shipping Name", "Invoice ID",
            "Checkout Session ID", "Client Reference ID", "Payment Link ID", "Transfer Group",
            "booking_ref (metadata)", "pickup_date (metadata)"};
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] BRANDS = {"Visa", "MasterCard", "American Express", "Visa", "MasterCard"};

    /** A receipt the business mailbox kept a copy of: what Stripe's receipt mail will say. */
    record Receipt(Booking booking, BigDecimal amount, ZonedDateTime paidAt, String brand, String last4, String email) { }

    private record Charge(Booking booking, ZonedDateTime at, BigDecimal amount, String description, boolean failed,
                          boolean withReference, String name, String email, String customerId, String brand, String last4) { }

    private final Random random;
    private final Truth truth;
    private final List<Receipt> receipts = new ArrayList<>();
    private final List<Charge> charges = new ArrayList<>();
    private final Map<Customer, String[]> cards = new HashMap<>();
    /** Each customer's work address, once they have paid from it: the same one every time. */
    private final Map<Customer, String> workEmails = new HashMap<>();
    private final int companies;

    private final Noise noise;

    /** {@code companies}: how many employers customers' work addresses are spread over. */
    StripeExportWriter(Random random, Truth truth, Noise noise, int companies) {
        this.random = random;
        this.truth = truth;
        this.noise = noise;
        this.companies = companies;
    }

    /**
     * A work address ("silva@company-12.example"): the customer's own, kept for every payment they make from work,
     * and shared with colleagues of the same family name. A company is drawn on every call, as when each payment
     * drew its own, so the rest of the incident draws as before.
     */
    private String workEmail(Customer c) {
        int company = random.nextInt(companies);
        return workEmails.computeIfAbsent(c, k -> People.ascii(k.lastName()) + "@company-" + company + ".example");
    }

    List<Receipt> receipts() { return receipts; }

    void addBooking(Booking b, ZonedDateTime incident) {
        String[] card = cards.computeIfAbsent(b.customer, c -> new String[] {BRANDS[random.nextInt(BRANDS.length)],
                String.format("%04d", random.nextInt(10000)), Ids.customer(random)});
        String name = People.typedName(random, b.customer, noise);
        String email = b.otherPaymentEmail ? workEmail(b.customer)
                : random.nextInt(100) < noise.emailTypo() ? People.typo(random, b.customer.email()) : b.customer.email();
        BigDecimal total = b.total;
        ZonedDateTime first = b.bookedAt.plusMinutes(2 + random.nextInt(20));
        int plan = random.nextInt(100);
        boolean pickupHappened = b.pickupAt.isBefore(incident) && !(b.cancelled() && b.cancelledAt.isBefore(b.pickupAt));
        List<Charge> mine = new ArrayList<>();
        if (random.nextInt(100) < 6) {
            mine.add(new Charge(b, first.minusMinutes(3 + random.nextInt(10)), total, description(b, "Booking", true),
                    true, true, name, email, card[2], BRANDS[random.nextInt(BRANDS.length)], String.format("%04d", random.nextInt(10000))));
        }
        if (plan < 50 || (plan >= 85 && !pickupHappened)) {
            BigDecimal amount = plan < 50 ? total : deposit(total);
            mine.add(new Charge(b, first, amount, description(b, plan < 50 ? "Booking" : "Deposit", b.referenceInPayments),
                    false, b.referenceInPayments, name, email, card[2], card[0], card[1]));
        } else if (plan < 85) {
            BigDecimal deposit = deposit(total);
            mine.add(new Charge(b, first, deposit, description(b, "Deposit", b.referenceInPayments), false,
                    b.referenceInPayments, name, email, card[2], card[0], card[1]));
            if (pickupHappened) {
                mine.add(new Charge(b, b.pickupAt.plusMinutes(random.nextInt(30)), total.subtract(deposit),
                        description(b, "Balance", false), false, false, name, email, card[2], card[0], card[1]));
            }
        } else {
            mine.add(new Charge(b, b.pickupAt.plusMinutes(random.nextInt(30)), total, description(b, "Rental", false),
                    false, false, name, email, card[2], card[0], card[1]));
        }
        if (!b.cancelled() && b.returnAt.isBefore(incident.minusDays(1)) && random.nextInt(100) < 5) {
            mine.add(new Charge(b, b.returnAt.plusHours(1 + random.nextInt(40)), new BigDecimal(35 + random.nextInt(45)).setScale(2),
                    random.nextBoolean() ? "Fuel charge" : "Late return fee", false, false, name, email, card[2], card[0], card[1]));
        }
        charges.addAll(mine);
    }

    void addUnrelated(int count) {
        for (int i = 0; i < count; i++) {
            Customer c = People.newCustomer(random, 100_000 + i);
            String what = switch (random.nextInt(3)) {
                case 0 -> "Gift voucher";
                case 1 -> "Child seat purchase";
                default -> "Road map & SIM card";
            };
            ZonedDateTime at = ZonedDateTime.of(2026, 10, 1, 9, 0, 0, 0, DemoConfig.DEFAULT_ZONE).plusMinutes(random.nextInt(70_000));
            charges.add(new Charge(null, at, new BigDecimal(10 + random.nextInt(140)).setScale(2), what, false, false,
                    c.fullName(), c.email(), Ids.customer(random), "Visa", String.format("%04d", random.nextInt(10000))));
        }
    }

    void write(Path file) throws IOException {
        charges.sort(Comparator.comparing(Charge::at).reversed()); // Dashboard exports list newest first
        Files.createDirectories(file.getParent());
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Charge c : charges) {
                String id = Ids.charge(random);
                Booking b = c.booking();
                BigDecimal refunded = BigDecimal.ZERO;
                ZonedDateTime refundedAt = null;
                if (b != null && b.cancelled() && !c.failed()) {
                    refunded = b.partialRefund ? c.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : c.amount();
                    refundedAt = b.cancelledAt.plusMinutes(10);
                }
                String status = c.failed() ? "Failed" : refunded.compareTo(c.amount()) == 0 && refunded.signum() > 0 ? "Refunded"
                        : refunded.signum() > 0 ? "Partially refunded" : "Paid";
                String reference = b != null && c.withReference() ? b.reference : "";
                p.printRecord(id, utc(c.at()), money(c.amount()), money(refunded), "eur", !c.failed(), money(c.amount()),
                        money(refunded), "eur", c.description(), c.failed() ? "0.00" : money(fee(c.amount())),
                        Ids.paymentIntent(random), "card", refundedAt == null ? "" : utc(refundedAt), "ATLANTICO RENTAL",
                        status, c.failed() ? "The bank returned the decline code `insufficient_funds`." : "Payment complete.",
                        "card_" + Ids.random(random, "ABCDEFGHabcdefgh0123456789", 24), c.name(), c.brand(), c.last4(),
                        c.customerId(), c.name(), c.email(), b != null && random.nextBoolean() ? b.customer.phone() : "",
                        "", "", "cs_live_" + Ids.random(random, "abcdefghijklmnop0123456789", 20),
                        reference.isEmpty() || random.nextBoolean() ? "" : reference, "", "",
                        random.nextInt(10) < 8 ? reference : "", b != null && !reference.isEmpty() ? b.pickupAt.toLocalDate().toString() : "");
                truth.add("stripe", id, b);
                if (b != null && !c.failed() && random.nextInt(100) < 20) {
                    receipts.add(new Receipt(b, c.amount(), c.at(), c.brand(), c.last4(), c.email()));
                }
            }
        }
    }

    private String description(Booking b, String kind, boolean withReference) {
        return withReference ? kind + " " + b.reference + " – " + b.car.model() : "Car rental – " + kind.toLowerCase();
    }

    private static BigDecimal deposit(BigDecimal total) {
        return total.multiply(new BigDecimal("0.30")).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    private static BigDecimal fee(BigDecimal amount) {
        return amount.multiply(new BigDecimal("0.015")).add(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
    }

    private static String money(BigDecimal v) { return v.setScale(2, RoundingMode.HALF_UP).toPlainString(); }

    private static String utc(ZonedDateTime t) { return t.withZoneSameInstant(ZoneOffset.UTC).format(UTC); }
}
