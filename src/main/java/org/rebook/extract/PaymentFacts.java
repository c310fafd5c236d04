package org.rebook.extract;

import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.Payment;

/** Booking facts in a Stripe payment: its columns, its metadata, its description. */
final class PaymentFacts {
    // Metadata keys, folded, by what they name.
    private static final Pattern REFERENCE_KEY =
            Pattern.compile(".*\\b(ref|reference|booking|reservation|reserva|order|confirmation|buchung|prenotazione)\\b.*");
    private static final Pattern PICKUP_KEY = Pattern.compile(".*(pick ?up|start|from|levantamento|recogida|abholung|ritiro).*");
    private static final Pattern RETURN_KEY = Pattern.compile(".*(return|drop ?off|end|until|devolu|retour|ruckgabe|riconsegna).*");
    private static final Pattern EMAIL_KEY = Pattern.compile(".*(email|e mail).*");
    private static final Pattern PHONE_KEY = Pattern.compile(".*(phone|tel|mobile).*");
    private static final Pattern PLATE_KEY = Pattern.compile(".*(plate|registration|matricula|kennzeichen|targa).*");
    private static final Pattern VEHICLE_KEY = Pattern.compile(".*(vehicle|car|model|veiculo|vehiculo|fahrzeug|veicolo).*");
    private static final Pattern NAME_KEY = Pattern.compile(".*(name|customer|driver|cliente|nome|nombre|kunde).*");
    private final FieldReader fields;
    private final ZoneId zone;
    private final java.util.List<String> fleet;

    PaymentFacts(FieldReader fields, ZoneId zone, java.util.List<String> fleet) {
        this.fields = fields;
        this.zone = zone;
        this.fleet = fleet;
    }

    BookingFacts of(Payment p) {
        BookingFacts.Builder b = BookingFacts.builder(DocumentKind.PAYMENT)
                .amount(p.amount()).amountRefunded(p.amountRefunded()).paymentStatus(p.status())
                .cardLast4(p.cardLast4()).currency(p.currency()).purpose(p.description())
                .recordedAt(p.created().atZone(zone).toOffsetDateTime());
        // Metadata keys are the business's own: read them by what their names say.
        for (Map.Entry<String, String> e : p.metadata().entrySet()) {
            String key = Text.fold(e.getKey()).replace('_', ' ').replace('-', ' ');
            String value = e.getValue();
            if (REFERENCE_KEY.matcher(key).matches()
                    && !key.contains("date") && !key.contains("time")) {
                fields.references.normaliseLabelled(value).ifPresent(b::reference);
            } else if (PICKUP_KEY.matcher(key).matches()) {
                fields.dateTime(value).ifPresent(b::pickupAt);
            } else if (RETURN_KEY.matcher(key).matches()) {
                fields.dateTime(value).ifPresent(b::returnAt);
            } else if (EMAIL_KEY.matcher(key).matches()) {
                Contacts.email(value).ifPresent(b::customerEmail);
            } else if (PHONE_KEY.matcher(key).matches()) {
                b.customerPhone(value);
            } else if (PLATE_KEY.matcher(key).matches()) {
                b.plate(value);
            } else if (VEHICLE_KEY.matcher(key).matches()) {
                b.vehicle(value);
            } else if (NAME_KEY.matcher(key).matches()) {
                b.customerName(value);
            }
        }
        if (p.clientReferenceId() != null) fields.references.normaliseLabelled(p.clientReferenceId()).ifPresent(b::reference);
        if (b.reference() == null) fields.references.find(p.description()).ifPresent(b::reference);
        b.customerName(p.customerName()).customerEmail(p.customerEmail()).customerPhone(p.customerPhone());
        FleetNames.in(p.description(), fleet).ifPresent(b::vehicle); // metadata, when it names the car, came first
        return b.build();
    }
}
