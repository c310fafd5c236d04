package org.rebook.extract;

import java.time.ZoneId;
import java.util.Map;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.Payment;

/** Booking facts in a Stripe payment: its columns, its metadata, its description. */
final class PaymentFacts {
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
                .cardLast4(p.cardLast4()).currency(p.currency()).recordedAt(p.created().atZone(zone).toOffsetDateTime());
        // Metadata keys are the business's own: read them by what their names say.
        for (Map.Entry<String, String> e : p.metadata().entrySet()) {
            String key = Text.fold(e.getKey()).replace('_', ' ').replace('-', ' ');
            String value = e.getValue();
            if (key.matches(".*\\b(ref|reference|booking|reservation|reserva|order|confirmation|buchung|prenotazione)\\b.*")
                    && !key.contains("date") && !key.contains("time")) {
                fields.references.normaliseLabelled(value).ifPresent(b::reference);
            } else if (key.matches(".*(pick ?up|start|from|levantamento|recogida|abholung|ritiro).*")) {
                fields.dateTime(value).ifPresent(b::pickupAt);
            } else if (key.matches(".*(return|drop ?off|end|until|devolu|retour|ruckgabe|riconsegna).*")) {
                fields.dateTime(value).ifPresent(b::returnAt);
            } else if (key.matches(".*(email|e mail).*")) {
                Contacts.email(value).ifPresent(b::customerEmail);
            } else if (key.matches(".*(phone|tel|mobile).*")) {
                b.customerPhone(value);
            } else if (key.matches(".*(plate|registration|matricula|kennzeichen|targa).*")) {
                b.plate(value);
            } else if (key.matches(".*(vehicle|car|model|veiculo|vehiculo|fahrzeug|veicolo).*")) {
                b.vehicle(value);
            } else if (key.matches(".*(name|customer|driver|cliente|nome|nombre|kunde).*")) {
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
