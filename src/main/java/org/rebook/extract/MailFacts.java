package org.rebook.extract;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.MailMessage;

/**
 * Booking facts in a mail, best layer first: schema.org markup, then "Label: value" lines, then free-text
 * heuristics. Replies contribute only the reference they quote (to link them), never booking fields.
 */
final class MailFacts {
    private static final Pattern TWO_NUMBER_GROUPS = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern RECEIPT_CARD = Pattern.compile(
            "(?i)(?:visa|mastercard|amex|american express|maestro|discover|card)[^\\d\\n]{0,20}(\\d{4})\\b");
    private static final Pattern AMOUNT_PAID = Pattern.compile(
            "(?im)^\\s*(?:amount paid|total paid|amount charged|valor pago|importe pagado|montant paye|montant payé|"
                    + "bezahlter betrag|importo pagato)\\s*[:\\-]?\\s*(.+)$");
    private static final Pattern DATE_PAID = Pattern.compile(
            "(?im)^\\s*(?:date paid|payment date|data de pagamento|fecha de pago|date de paiement|zahlungsdatum|data di pagamento)\\s*[:\\-]?\\s*(.+)$");

    private final FieldReader base;

    private final LearnedTemplates templates;

    MailFacts(FieldReader fields, LearnedTemplates templates) {
        this.base = fields;
        this.templates = templates;
    }

    BookingFacts of(MailMessage m) {
        FieldReader fields = base.forSender(TemplateLearner.sender(m.from()));
        HtmlBody html = new HtmlBody(m.htmlBody());
        String body = body(m, html);
        DocumentKind kind = MailKinds.classify(m.subject(), body);
        BookingFacts.Builder b = BookingFacts.builder(kind).threadIds(threadIds(m));
        String customerAddress = firstRecipient(m);
        if (kind == DocumentKind.PAYMENT_RECEIPT) {
            return receipt(fields, m, body, b, customerAddress);
        }
        b.recordedAt(m.sentAt());

        if (kind == DocumentKind.CUSTOMER_REPLY) {
            QuotedText parts = new QuotedText(body);
            Optional<String> ref = fields.references.find(m.subject() + "\n" + parts.own);
            b.reference(ref.orElseGet(() -> fields.references.find(parts.quoted).orElse(null)));
            Contacts.email(m.from()).ifPresent(b::customerEmail);
            Contacts.displayName(m.from()).ifPresent(b::customerName);
            return b.build();
        }
        html.schema().ifPresent(s -> fromSchema(fields, s, b));
        // A template a person taught for this sender and subject knows this layout better than any heuristic.
        if (!templates.isEmpty()) templates.matching(m).ifPresent(t -> fromTemplate(fields, LearnedTemplates.read(t, body), b));
        fields.fromLabels(new LabeledValues(body), b);
        if (b.reference() == null) fields.references.find(m.subject() + "\n" + body).ifPresent(b::reference);
        Contacts.greetingName(body).ifPresent(b::customerName);
        if (customerAddress != null) b.customerEmail(customerAddress);
        BookingFacts draft = b.build();
        if (draft.reference() == null && draft.pickupAt() == null) {
            b.notBooking(kind == DocumentKind.NOT_BOOKING ? "mail is not about a booking (no reference, pickup date or booking words)"
                    : "mail mentions bookings but carries no reference or pickup date");
        } else if (kind == DocumentKind.NOT_BOOKING) {
            b.kind(DocumentKind.BOOKING_CONFIRMATION);
        }
        return b.build();
    }

    /** Payment receipts (Stripe's and others'): amount, date paid, card last4; no charge id. */
    private BookingFacts receipt(FieldReader fields, MailMessage m, String body, BookingFacts.Builder b, String customerAddress) {
        Matcher amount = AMOUNT_PAID.matcher(body);
        if (amount.find()) {
            fields.money(amount.group(1)).ifPresent(b::amount);
            Contacts.currency(amount.group(1)).ifPresent(b::currency);
        }
        // The mail's own time is precise; the stated payment day wins when they disagree (a receipt forwarded later).
        Matcher paid = DATE_PAID.matcher(body);
        OffsetDateTime paidOn = paid.find() ? fields.dateTime(paid.group(1)).orElse(null) : null;
        boolean sameDay = paidOn != null && m.sentAt() != null && paidOn.toLocalDate().equals(m.sentAt().toLocalDate());
        b.recordedAt(paidOn == null || sameDay ? m.sentAt() : paidOn);
        Matcher card = RECEIPT_CARD.matcher(body);
        if (card.find()) b.cardLast4(card.group(1));
        fields.fromLabels(new LabeledValues(body), b);
        if (b.reference() == null) {
            // "#1234-5678" is the receipt number, not a booking reference; look elsewhere in the body.
            fields.references.findAll(body).stream().filter(r -> !TWO_NUMBER_GROUPS.matcher(r).matches()).findFirst().ifPresent(b::reference);
        }
        if (customerAddress != null) b.customerEmail(customerAddress);
        return b.build();
    }

    private static void fromTemplate(FieldReader fields, java.util.Map<String, String> read, BookingFacts.Builder b) {
        read.forEach((field, value) -> {
            switch (field) {
                case "reference" -> fields.references.normaliseLabelled(value).ifPresent(b::reference);
                case "customer_name" -> b.customerName(value);
                case "customer_email" -> Contacts.email(value).ifPresent(b::customerEmail);
                case "customer_phone" -> b.customerPhone(value);
                case "pickup_at" -> fields.dateTime(value).ifPresent(b::pickupAt);
                case "return_at" -> fields.dateTime(value).ifPresent(b::returnAt);
                case "pickup_location" -> b.pickupLocation(value);
                case "return_location" -> b.returnLocation(value);
                case "vehicle" -> b.vehicle(FieldReader.vehicle(value));
                case "vehicle_plate" -> b.plate(value);
                case "total_amount" -> {
                    fields.money(value).ifPresent(b::totalPrice);
                    Contacts.currency(value).ifPresent(b::currency);
                }
                default -> { }
            }
        });
    }

    private static void fromSchema(FieldReader fields, SchemaOrgReservation s, BookingFacts.Builder b) {
        String ref = s.any("reservationNumber", "reservationId", "confirmationNumber");
        if (ref != null) fields.references.normaliseLabelled(ref).ifPresent(b::reference);
        String status = s.any("reservationStatus");
        if (status != null && status.endsWith("Cancelled")) b.kind(DocumentKind.BOOKING_CANCELLATION);
        b.customerName(s.any("underName.name"));
        b.customerEmail(s.any("underName.email"));
        b.customerPhone(s.any("underName.telephone"));
        iso(fields, s.any("pickupTime")).ifPresent(b::pickupAt);
        iso(fields, s.any("dropoffTime")).ifPresent(b::returnAt);
        b.pickupLocation(s.any("pickupLocation.name", "pickupLocation.address.streetAddress", "pickupLocation.address"));
        b.returnLocation(s.any("dropoffLocation.name", "dropoffLocation.address.streetAddress", "dropoffLocation.address"));
        String brand = s.any("reservationFor.brand.name", "reservationFor.brand");
        String model = s.any("reservationFor.model", "reservationFor.name");
        b.vehicle(model == null ? brand : brand == null || model.startsWith(brand) ? model : brand + " " + model);
        b.plate(s.any("reservationFor.vehicleRegistration", "reservationFor.licensePlate", "reservationFor.identifier"));
        String total = s.any("totalPrice", "price", "totalPrice.price", "totalPrice.value");
        if (total != null) fields.money(total).ifPresent(b::totalPrice);
        b.currency(s.any("priceCurrency", "totalPrice.priceCurrency"));
    }

    private static Optional<OffsetDateTime> iso(FieldReader fields, String value) {
        return value == null ? Optional.empty() : fields.dateTime(value);
    }

    /** The text part when it says something; else the HTML rendered to text. What spans and templates index. */
    static String body(MailMessage m) {
        return body(m, new HtmlBody(m.htmlBody()));
    }

    private static String body(MailMessage m, HtmlBody htmlBody) {
        // One line ending everywhere: offsets (spans, marks made in a text box) must mean the same characters.
        return rawBody(m, htmlBody).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String rawBody(MailMessage m, HtmlBody htmlBody) {
        String text = m.textBody();
        if (text != null && text.strip().length() >= 40) return text;
        String html = htmlBody.text();
        if (html == null) return text == null ? "" : text;
        return text == null ? html : text + "\n" + html;
    }

    private static java.util.List<String> threadIds(MailMessage m) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(m.references());
        if (m.inReplyTo() != null) ids.add(m.inReplyTo());
        ids.remove(m.nativeId());
        return java.util.List.copyOf(ids);
    }

    private static String firstRecipient(MailMessage m) {
        return m.to().isEmpty() ? null : Contacts.email(m.to().get(0)).orElse(null);
    }
}
