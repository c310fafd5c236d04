package org.rebook.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The booking system's mail templates: English text, English HTML with schema.org JSON-LD, Portuguese
 * text, German HTML table, Spanish text (written-out dates), French HTML table (dd/MM and "10h30") and
 * Italian text (day-month names). Each renders a confirmation, a change or a cancellation.
 */
final class MailTemplates {
    enum Kind { CONFIRMATION, MODIFICATION, CANCELLATION }

    record Mail(String subject, String text, String html) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    private MailTemplates() { }

    static Mail render(int template, Kind kind, Booking b) {
        return switch (template) {
            case 0 -> englishText(kind, b);
            case 1 -> englishHtml(kind, b);
            case 2 -> portugueseText(kind, b);
            case 3 -> germanHtml(kind, b);
            case 4 -> spanishText(kind, b);
            case 5 -> frenchHtml(kind, b);
            case 6 -> italianText(kind, b);
            default -> usText(kind, b);
        };
    }

    /** The language each template writes in, for per-language extraction scores. */
    static String language(int template) {
        return switch (template) {
            case 0, 1 -> "en";
            case 2 -> "pt";
            case 3 -> "de";
            case 4 -> "es";
            case 5 -> "fr";
            case 6 -> "it";
            default -> "en-US";
        };
    }

    /** What a mail of this kind states, as the extractor should read it. */
    record Stated(String reference, String customerName, String vehicle, ZonedDateTime pickupAt, ZonedDateTime returnAt,
                  String pickupLocation, BigDecimal total) { }

    static Stated stated(Kind kind, Booking b) {
        return new Stated(b.reference, b.customer.fullName(), car(kind, b), shownPickup(kind, b), shownReturn(kind, b),
                b.pickupBranch, b.total);
    }

    /** The US site: numeric dates month first, 12-hour times, sent from its own address. */
    private static Mail usText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", Locale.US);
        return text(byKind(kind, "Reservation confirmed: " + b.reference, "Reservation changed: " + b.reference,
                        "Reservation canceled: " + b.reference),
                "Hi " + b.customer.fullName() + ",",
                kind == Kind.CANCELLATION ? "Your reservation was canceled." : "Your reservation is all set.",
                "Atlântico Car Rental (US)",
                "Confirmation number: " + b.reference,
                "Pickup: " + shownPickup(kind, b).format(f) + " at " + b.pickupBranch,
                "Drop-off: " + shownReturn(kind, b).format(f) + " at " + b.returnBranch,
                "Car: " + car(kind, b) + " or similar",
                "Estimated total: EUR " + english(b.total));
    }

    private static Mail spanishText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es"));
        return text(byKind(kind, "Confirmación de reserva " + b.reference, "Modificación de su reserva " + b.reference,
                        "Reserva " + b.reference + " cancelada"),
                "Estimado/a " + b.customer.fullName() + ":",
                byKind(kind, "Su reserva está confirmada. ¡Gracias por elegirnos!", "Hemos modificado su reserva como nos pidió.",
                        "Su reserva ha sido cancelada."),
                "Saludos cordiales,\nAtlântico Car Rental",
                "Localizador: " + b.reference,
                "Recogida: " + shownPickup(kind, b).format(f) + " en " + b.pickupBranch,
                "Devolución: " + shownReturn(kind, b).format(f) + " en " + b.returnBranch,
                "Vehículo: " + car(kind, b) + " o similar",
                "Importe total: " + european(b.total) + " EUR",
                "Teléfono: " + b.customer.phone());
    }

    private static Mail frenchHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
        String subject = byKind(kind, "Confirmation de votre réservation " + b.reference, "Modification de votre réservation " + b.reference,
                "Annulation de votre réservation " + b.reference);
        String html = "<html><body><p>Bonjour " + esc(b.customer.fullName()) + ",</p><p>"
                + (kind == Kind.CANCELLATION ? "Votre réservation a été annulée." : "Votre réservation est confirmée.") + "</p>"
                + "<table><tr><td>N° de réservation</td><td>" + b.reference + "</td></tr>"
                + "<tr><td>Prise en charge</td><td>" + shownPickup(kind, b).format(f) + " – " + esc(b.pickupBranch) + "</td></tr>"
                + "<tr><td>Restitution</td><td>" + shownReturn(kind, b).format(f) + " – " + esc(b.returnBranch) + "</td></tr>"
                + "<tr><td>Véhicule</td><td>" + esc(car(kind, b)) + " ou similaire</td></tr>"
                + "<tr><td>Montant total</td><td>" + european(b.total).replace('.', '\u202f') + " €</td></tr></table>"
                + "<p>Cordialement,<br>Atlântico Car Rental</p></body></html>";
        return new Mail(subject, null, html);
    }

    private static Mail italianText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy 'ore' HH:mm", Locale.ITALIAN);
        return text(byKind(kind, "Conferma prenotazione " + b.reference, "Modifica della prenotazione " + b.reference,
                        "Prenotazione " + b.reference + " annullata"),
                "Gentile " + b.customer.fullName() + ",",
                byKind(kind, "La sua prenotazione è confermata.", "Abbiamo modificato la sua prenotazione come richiesto.",
                        "La sua prenotazione è stata annullata."),
                "Cordiali saluti,\nAtlântico Car Rental",
                "Codice prenotazione: " + b.reference,
                "Ritiro: " + shownPickup(kind, b).format(f) + ", " + b.pickupBranch,
                "Riconsegna: " + shownReturn(kind, b).format(f) + ", " + b.returnBranch,
                "Veicolo: " + car(kind, b) + " o simile",
                "Totale: € " + european(b.total),
                "Telefono: " + b.customer.phone());
    }

    private static Mail englishText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH);
        return text(byKind(kind, "Booking confirmation " + b.reference, "Your booking " + b.reference + " has been modified",
                        "Booking " + b.reference + " cancelled"),
                "Dear " + b.customer.fullName() + ",",
                byKind(kind, "Thank you for booking with Atlântico Car Rental. Your reservation is confirmed.",
                        "As requested, we have changed your booking. The new details are below.",
                        "Your booking has been cancelled. Any refund due will reach your card in 5-10 days."),
                "See you soon,\nAtlântico Car Rental\nbookings@atlantico-rentals.example",
                "Booking reference: " + b.reference,
                "Pick-up: " + shownPickup(kind, b).format(f) + ", " + b.pickupBranch,
                "Return: " + shownReturn(kind, b).format(f) + ", " + b.returnBranch,
                "Vehicle: " + car(kind, b) + " or similar",
                "Total: €" + english(b.total),
                "Phone: " + b.customer.phone());
    }

    private static Mail englishHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy h:mm a", Locale.ENGLISH);
        String subject = byKind(kind, "Your car is booked – " + b.reference, "Updated booking " + b.reference,
                "Cancellation of booking " + b.reference);
        ObjectNode ld = JSON.createObjectNode();
        ld.put("@context", "http://schema.org").put("@type", "RentalCarReservation").put("reservationNumber", b.reference)
                .put("reservationStatus", "http://schema.org/" + (kind == Kind.CANCELLATION ? "ReservationCancelled" : "ReservationConfirmed"));
        ld.putObject("underName").put("@type", "Person").put("name", b.customer.fullName()).put("email", b.customer.email());
        ObjectNode car = ld.putObject("reservationFor").put("@type", "Car").put("name", car(kind, b));
        car.putObject("brand").put("@type", "Brand").put("name", car(kind, b).split(" ")[0]);
        ld.putObject("pickupLocation").put("@type", "Place").put("name", b.pickupBranch);
        ld.put("pickupTime", shownPickup(kind, b).toOffsetDateTime().toString());
        ld.putObject("dropoffLocation").put("@type", "Place").put("name", b.returnBranch);
        ld.put("dropoffTime", shownReturn(kind, b).toOffsetDateTime().toString());
        ld.put("totalPrice", b.total.toPlainString()).put("priceCurrency", "EUR");
        String html = "<html><head><meta charset=\"utf-8\"><script type=\"application/ld+json\">" + ld + "</script></head>"
                + "<body style=\"font-family:sans-serif\"><p>Hi " + esc(b.customer.firstName()) + ",</p>"
                + "<p>" + (kind == Kind.CANCELLATION ? "Your booking was cancelled." : "Here are your booking details.") + "</p>"
                + "<table><tr><th>Reference</th><td>" + b.reference + "</td></tr>"
                + "<tr><th>Pick-up</th><td>" + shownPickup(kind, b).format(f) + " – " + esc(b.pickupBranch) + "</td></tr>"
                + "<tr><th>Drop-off</th><td>" + shownReturn(kind, b).format(f) + " – " + esc(b.returnBranch) + "</td></tr>"
                + "<tr><th>Car</th><td>" + esc(car(kind, b)) + "</td></tr>"
                + "<tr><th>Total price</th><td>EUR " + english(b.total) + "</td></tr></table>"
                + "<p>Atlântico Car Rental</p></body></html>";
        return new Mail(subject, null, html);
    }

    private static Mail portugueseText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        return text(byKind(kind, "Confirmação da reserva " + b.reference, "Alteração da reserva " + b.reference,
                        "Reserva " + b.reference + " cancelada"),
                "Olá " + b.customer.fullName() + ",",
                byKind(kind, "A sua reserva está confirmada. Obrigado pela preferência!", "A sua reserva foi alterada conforme pedido.",
                        "A sua reserva foi cancelada."),
                "Com os melhores cumprimentos,\nAtlântico Car Rental",
                "Referência: " + b.reference,
                "Levantamento: " + shownPickup(kind, b).format(f) + " – " + b.pickupBranch,
                "Devolução: " + shownReturn(kind, b).format(f) + " – " + b.returnBranch,
                "Viatura: " + car(kind, b),
                "Valor total: " + european(b.total) + " €",
                "Telefone: " + b.customer.phone());
    }

    private static Mail germanHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");
        String subject = byKind(kind, "Buchungsbestätigung " + b.reference, "Änderung Ihrer Buchung " + b.reference,
                "Stornierung Ihrer Buchung " + b.reference);
        String html = "<html><body><p>Hallo " + esc(b.customer.fullName()) + ",</p><p>"
                + (kind == Kind.CANCELLATION ? "Ihre Buchung wurde storniert." : "Ihre Buchung ist bestätigt.") + "</p>"
                + "<table border=\"1\"><tr><td>Buchungsnummer</td><td>" + b.reference + "</td></tr>"
                + "<tr><td>Abholung</td><td>" + shownPickup(kind, b).format(f) + ", " + esc(b.pickupBranch) + "</td></tr>"
                + "<tr><td>Rückgabe</td><td>" + shownReturn(kind, b).format(f) + ", " + esc(b.returnBranch) + "</td></tr>"
                + "<tr><td>Fahrzeug</td><td>" + esc(car(kind, b)) + "</td></tr>"
                + "<tr><td>Kennzeichen</td><td>" + b.car.plate() + "</td></tr>"
                + "<tr><td>Gesamtpreis</td><td>" + european(b.total) + " €</td></tr></table>"
                + "<p>Mit freundlichen Grüßen<br>Atlântico Car Rental</p></body></html>";
        return new Mail(subject, null, html);
    }

    /** A plain-text mail: greeting, intro, one "Label: value" line each, closing; blank lines between. */
    private static Mail text(String subject, String greeting, String intro, String closing, String... lines) {
        return new Mail(subject, greeting + "\n\n" + intro + "\n\n" + String.join("\n", lines) + "\n\n" + closing + "\n", null);
    }

    /** The wording for this kind of mail. */
    private static String byKind(Kind kind, String confirmation, String modification, String cancellation) {
        return switch (kind) {
            case CONFIRMATION -> confirmation;
            case MODIFICATION -> modification;
            case CANCELLATION -> cancellation;
        };
    }

    /** Confirmations of modified bookings show the car as first booked. */
    private static String car(Kind kind, Booking b) {
        return kind == Kind.CONFIRMATION && b.originalCar != null ? b.originalCar.model() : b.car.model();
    }

    /** Confirmations of modified bookings show the dates as first booked. */
    private static ZonedDateTime shownPickup(Kind kind, Booking b) {
        return kind == Kind.CONFIRMATION && b.originalPickupAt != null ? b.originalPickupAt : b.pickupAt;
    }

    private static ZonedDateTime shownReturn(Kind kind, Booking b) {
        return kind == Kind.CONFIRMATION && b.originalReturnAt != null ? b.originalReturnAt : b.returnAt;
    }

    static String english(BigDecimal v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    static String european(BigDecimal v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
