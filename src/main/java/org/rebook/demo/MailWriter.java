package org.rebook.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the business mailbox as a Gmail Takeout mbox: confirmations, changes, cancellations, customer
 * replies quoting the confirmation, Stripe receipt copies, and the mail that has nothing to do with bookings.
 */
final class MailWriter {
    static final String DOMAIN = "atlantico-rentals.example";
    static final String BUSINESS = "Atlântico Car Rental <bookings@" + DOMAIN + ">";
    /** The US site mails from its own address (and writes dates month first). */
    static final String US_BUSINESS = "Atlântico Car Rental US <reservations@us." + DOMAIN + ">";

    private record Pending(ZonedDateTime at, String id, String from, String to, String subject, String text,
                           String html, String inReplyTo, Booking booking) { }

    private final Random random;
    private final Truth truth;
    private final List<Pending> pending = new ArrayList<>();

    MailWriter(Random random, Truth truth) {
        this.random = random;
        this.truth = truth;
    }

    void addBooking(Booking b, ZonedDateTime incident) {
        String confirmationId = null;
        if (b.hasConfirmationMail) {
            MailTemplates.Mail m = MailTemplates.render(b.template, MailTemplates.Kind.CONFIRMATION, b);
            confirmationId = Ids.messageId(random, DOMAIN);
            truth.addMail(confirmationId, b.template, MailTemplates.Kind.CONFIRMATION, MailTemplates.stated(MailTemplates.Kind.CONFIRMATION, b));
            pending.add(new Pending(b.bookedAt.plusMinutes(1), confirmationId, from(b), address(b), m.subject(), m.text(),
                    m.html(), null, b));
            if (random.nextInt(100) < 8) reply(b, m, confirmationId, incident);
        }
        if (b.modified()) {
            MailTemplates.Mail m = MailTemplates.render(b.template, MailTemplates.Kind.MODIFICATION, b);
            String id = Ids.messageId(random, DOMAIN);
            truth.addMail(id, b.template, MailTemplates.Kind.MODIFICATION, MailTemplates.stated(MailTemplates.Kind.MODIFICATION, b));
            pending.add(new Pending(b.modifiedAt, id, from(b), address(b), m.subject(), m.text(), m.html(), null, b));
        }
        if (b.cancelled() && random.nextInt(100) < 85) {
            MailTemplates.Mail m = MailTemplates.render(b.template, MailTemplates.Kind.CANCELLATION, b);
            String id = Ids.messageId(random, DOMAIN);
            truth.addMail(id, b.template, MailTemplates.Kind.CANCELLATION, MailTemplates.stated(MailTemplates.Kind.CANCELLATION, b));
            pending.add(new Pending(b.cancelledAt, id, from(b), address(b), m.subject(), m.text(), m.html(), null, b));
        }
    }

    private void reply(Booking b, MailTemplates.Mail original, String originalId, ZonedDateTime incident) {
        ZonedDateTime at = b.bookedAt.plusHours(1 + random.nextInt(30));
        if (!at.isBefore(incident)) return;
        String quoted = original.text() != null ? original.text() : "Booking reference: " + b.reference;
        StringBuilder body = new StringBuilder(random.nextBoolean() ? "Hi, could you add a child seat please? Thanks!\n"
                : "Hello, what time does the desk open? We land at 7am.\n");
        body.append("\n").append(b.customer.firstName()).append("\n\nOn ")
                .append(b.bookedAt.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH)))
                .append(", Atlântico Car Rental <bookings@").append(DOMAIN).append("> wrote:\n");
        for (String line : quoted.split("\n")) body.append("> ").append(line).append('\n');
        pending.add(new Pending(at, Ids.messageId(random, "mail.example"), b.customer.fullName() + " <" + b.customer.email() + ">",
                "bookings@" + DOMAIN, "Re: " + original.subject(), body.toString(), null, originalId, b));
    }

    void addReceipts(List<StripeExportWriter.Receipt> receipts) {
        DateTimeFormatter paid = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
        for (StripeExportWriter.Receipt r : receipts) {
            String number = Ids.receiptNumber(random);
            String text = "Atlântico Car Rental\n\nReceipt #" + number + "\n\nAmount paid: €" + MailTemplates.english(r.amount())
                    + "\nDate paid: " + r.paidAt().format(paid) + "\nPayment method: " + r.brand() + " – " + r.last4()
                    + "\n\nIf you have any questions, contact us at bookings@" + DOMAIN + ".\n";
            pending.add(new Pending(r.paidAt().plusMinutes(1), Ids.messageId(random, "stripe.com"),
                    "Atlântico Car Rental <receipts+acct_1Nv0Atl@stripe.com>", r.email(),
                    "Your receipt from Atlântico Car Rental #" + number, text, null, null, r.booking()));
        }
    }

    void addUnrelated(int count, ZonedDateTime incident) {
        for (int i = 0; i < count; i++) {
            ZonedDateTime at = incident.minusMinutes(60 + random.nextInt(60 * 24 * 50));
            String[] mail = switch (random.nextInt(4)) {
                case 0 -> new String[] {"Frota Pneus <news@frota-pneus.example>", "Winter tyre offers ❄ – up to 30% off",
                        "Dear customer,\n\nOur winter campaign is here. Book a fitting today.\n\nUnsubscribe: reply STOP"};
                case 1 -> new String[] {"Contabilidade Lda <faturas@contab.example>", "Fatura FT 2026/" + (100 + i),
                        "Segue em anexo a fatura referente a serviços de contabilidade.\nValor: 350,00 €\nVencimento: 30 dias"};
                case 2 -> new String[] {"Rita (front desk) <rita@" + DOMAIN + ">", "Staff rota next week",
                        "Hi all,\n\nRota attached. Tiago covers Saturday mornings.\n\nRita"};
                default -> new String[] {"Google <no-reply@accounts.google.com>", "Security alert",
                        "A new sign-in on Linux. If this was you, you don't need to do anything."};
            };
            pending.add(new Pending(at, Ids.messageId(random, "other.example"), mail[0], "bookings@" + DOMAIN, mail[1],
                    mail[2], null, null, null));
        }
    }

    void write(Path file) throws IOException {
        pending.sort(Comparator.comparing(Pending::at));
        try (MboxWriter mbox = new MboxWriter(file)) {
            for (Pending p : pending) {
                mbox.append(p.id(), p.from(), p.to(), p.subject(), p.at(), p.text(), p.html(), p.inReplyTo());
                truth.add("email", p.id(), p.booking());
            }
        }
    }

    private static String from(Booking b) { return b.template == 7 ? US_BUSINESS : BUSINESS; }

    private static String address(Booking b) {
        return "\"" + b.customer.fullName() + "\" <" + b.customer.email() + ">";
    }
}
