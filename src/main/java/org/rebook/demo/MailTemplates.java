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
        String subject = switch (kind) {
            case CONFIRMATION -> "Reservation confirmed: " + b.reference;
            case MODIFICATION -> "Reservation changed: " + b.reference;
            case CANCELLATION -> "Reservation canceled: " + b.reference;
        };
        String text = "Hi " + b.customer.fullName() + ",\n\n"
                + (kind == Kind.CANCELLATION ? "Your reservation was canceled." : "Your reservation is all set.") + "\n\n"
                + "Confirmation number: " + b.reference + "\n"
                + "Pickup: " + shownPickup(kind, b).format(f) + " at " + b.pickupBranch + "\n"
                + "Drop-off: " + shownReturn(kind, b).format(f) + " at " + b.returnBranch + "\n"
                + "Car: " + car(kind, b) + " or similar\n"
                + "Estimated total: EUR " + english(b.total) + "\n\n"
                + "Atlântico Car Rental (US)\n";
        return new Mail(subject, text, null);
    }

    private static Mail spanishText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es"));
        String subject = switch (kind) {
            case CONFIRMATION -> "Confirmación de reserva " + b.reference;
            case MODIFICATION -> "Modificación de su reserva " + b.reference;
            case CANCELLATION -> "Reserva " + b.reference + " cancelada";
        };
        String intro = switch (kind) {
            case CONFIRMATION -> "Su reserva está confirmada. ¡Gracias por elegirnos!";
            case MODIFICATION -> "Hemos modificado su reserva como nos pidió.";
            case CANCELLATION -> "Su reserva ha sido cancelada.";
        };
        String text = "Estimado/a " + b.customer.fullName() + ":\n\n" + intro + "\n\n"
                + "Localizador: " + b.reference + "\n"
                + "Recogida: " + shownPickup(kind, b).format(f) + " en " + b.pickupBranch + "\n"
                + "Devolución: " + shownReturn(kind, b).format(f) + " en " + b.returnBranch + "\n"
                + "Vehículo: " + car(kind, b) + " o similar\n"
                + "Importe total: " + european(b.total) + " EUR\n"
                + "Teléfono: " + b.customer.phone() + "\n\n"
                + "Saludos cordiales,\nAtlântico Car Rental\n";
        return new Mail(subject, text, null);
    }

    private static Mail frenchHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
        String subject = switch (kind) {
            case CONFIRMATION -> "Confirmation de votre réservation " + b.reference;
            case MODIFICATION -> "Modification de votre réservation " + b.reference;
            case CANCELLATION -> "Annulation de votre réservation " + b.reference;
        };
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
        String subject = switch (kind) {
            case CONFIRMATION -> "Conferma prenotazione " + b.reference;
            case MODIFICATION -> "Modifica della prenotazione " + b.reference;
            case CANCELLATION -> "Prenotazione " + b.reference + " annullata";
        };
        String intro = switch (kind) {
            case CONFIRMATION -> "La sua prenotazione è confermata.";
            case MODIFICATION -> "Abbiamo modificato la sua prenotazione come richiesto.";
            case CANCELLATION -> "La sua prenotazione è stata annullata.";
        };
        String text = "Gentile " + b.customer.fullName() + ",\n\n" + intro + "\n\n"
                + "Codice prenotazione: " + b.reference + "\n"
                + "Ritiro: " + shownPickup(kind, b).format(f) + ", " + b.pickupBranch + "\n"
                + "Riconsegna: " + shownReturn(kind, b).format(f) + ", " + b.returnBranch + "\n"
                + "Veicolo: " + car(kind, b) + " o simile\n"
                + "Totale: € " + european(b.total) + "\n"
                + "Telefono: " + b.customer.phone() + "\n\n"
                + "Cordiali saluti,\nAtlântico Car Rental\n";
        return new Mail(subject, text, null);
    }

    private static Mail englishText(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH);
        String subject = switch (kind) {
            case CONFIRMATION -> "Booking confirmation " + b.reference;
            case MODIFICATION -> "Your booking " + b.reference + " has been modified";
            case CANCELLATION -> "Booking " + b.reference + " cancelled";
        };
        String intro = switch (kind) {
            case CONFIRMATION -> "Thank you for booking with Atlântico Car Rental. Your reservation is confirmed.";
            case MODIFICATION -> "As requested, we have changed your booking. The new details are below.";
            case CANCELLATION -> "Your booking has been cancelled. Any refund due will reach your card in 5-10 days.";
        };
        String text = "Dear " + b.customer.fullName() + ",\n\n" + intro + "\n\n"
                + "Booking reference: " + b.reference + "\n"
                + "Pick-up: " + shownPickup(kind, b).format(f) + ", " + b.pickupBranch + "\n"
                + "Return: " + shownReturn(kind, b).format(f) + ", " + b.returnBranch + "\n"
                + "Vehicle: " + car(kind, b) + " or similar\n"
                + "Total: €" + english(b.total) + "\n"
                + "Phone: " + b.customer.phone() + "\n\n"
                + "See you soon,\nAtlântico Car Rental\nbookings@atlantico-rentals.example\n";
        return new Mail(subject, text, null);
    }

    private static Mail englishHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy h:mm a", Locale.ENGLISH);
        String subject = switch (kind) {
            case CONFIRMATION -> "Your car is booked – " + b.reference;
            case MODIFICATION -> "Updated booking " + b.reference;
            case CANCELLATION -> "Cancellation of booking " + b.reference;
        };
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
        String subject = switch (kind) {
            case CONFIRMATION -> "Confirmação da reserva " + b.reference;
            case MODIFICATION -> "Alteração da reserva " + b.reference;
            case CANCELLATION -> "Reserva " + b.reference + " cancelada";
        };
        String intro = switch (kind) {
            case CONFIRMATION -> "A sua reserva está confirmada. Obrigado pela preferência!";
            case MODIFICATION -> "A sua reserva foi alterada conforme pedido.";
            case CANCELLATION -> "A sua reserva foi cancelada.";
        };
        String text = "Olá " + b.customer.fullName() + ",\n\n" + intro + "\n\n"
                + "Referência: " + b.reference + "\n"
                + "Levantamento: " + shownPickup(kind, b).format(f) + " – " + b.pickupBranch + "\n"
                + "Devolução: " + shownReturn(kind, b).format(f) + " – " + b.returnBranch + "\n"
                + "Viatura: " + car(kind, b) + "\n"
                + "Valor total: " + european(b.total) + " €\n"
                + "Telefone: " + b.customer.phone() + "\n\n"
                + "Com os melhores cumprimentos,\nAtlântico Car Rental\n";
        return new Mail(subject, text, null);
    }

    private static Mail germanHtml(Kind kind, Booking b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");
        String subject = switch (kind) {
            case CONFIRMATION -> "Buchungsbestätigung " + b.reference;
            case MODIFICATION -> "Änderung Ihrer Buchung " + b.reference;
            case CANCELLATION -> "Stornierung Ihrer Buchung " + b.reference;
        };
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
