package org.rebook.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Labels booking systems put before values, in English, Portuguese, Spanish, French, German and Italian
 * (folded: lowercase, no accents). More specific labels are listed before the general ones they contain.
 */
final class FieldLabels {
    private static final Map<String, Field> LABELS = new LinkedHashMap<>();

    private static void add(Field f, String... labels) {
        for (String l : labels) LABELS.putIfAbsent(l, f);
    }

    static {
        add(Field.PICKUP_LOCATION, "pick-up location", "pickup location", "pick up location", "pick-up branch",
                "pickup branch", "collection point", "local de levantamento", "local de recolha", "lugar de recogida",
                "oficina de recogida", "lieu de prise en charge", "agence de depart", "abholort", "abholstation",
                "luogo di ritiro", "punto di ritiro");
        add(Field.RETURN_LOCATION, "return location", "drop-off location", "dropoff location", "drop off location",
                "return branch", "local de devolucao", "local de entrega", "lugar de devolucion", "oficina de devolucion",
                "lieu de restitution", "agence de retour", "ruckgabeort", "ruckgabestation", "luogo di riconsegna",
                "punto di riconsegna");
        add(Field.REFERENCE, "booking reference", "booking ref", "booking number", "booking no", "booking id",
                "booking code", "booking #", "reservation number", "reservation no", "reservation id",
                "reservation code", "reservation #", "confirmation number", "confirmation code", "confirmation no",
                "order number", "reference", "ref", "referencia", "numero da reserva", "codigo da reserva",
                "reserva n", "reserva", "numero de reserva", "codigo de reserva", "localizador",
                "numero de reservation", "reference de reservation", "buchungsnummer", "buchungsreferenz",
                "reservierungsnummer", "referenz", "buchung", "numero di prenotazione", "codice prenotazione",
                "riferimento", "prenotazione n");
        add(Field.NAME, "customer name", "name", "customer", "driver", "main driver", "guest", "renter", "client",
                "nome", "nome do cliente", "cliente", "condutor", "nombre", "conductor", "nom", "conducteur",
                "kunde", "fahrer", "mieter", "nome del cliente", "conducente", "lead driver");
        add(Field.EMAIL, "email", "e-mail", "email address", "correo", "correo electronico", "courriel",
                "adresse e-mail", "e-mail-adresse", "indirizzo email");
        add(Field.PHONE, "phone", "telephone", "mobile", "tel", "phone number", "telefone", "telemovel", "telefono",
                "movil", "telephone portable", "telefon", "handy", "cellulare");
        add(Field.PICKUP, "pick-up", "pickup", "pick up", "pick-up date", "pickup date", "pick-up time",
                "pickup time", "collection", "start", "levantamento", "recolha", "data de levantamento",
                "inicio", "recogida", "fecha de recogida", "prise en charge", "depart", "date de depart",
                "abholung", "abholdatum", "ritiro", "data di ritiro");
        add(Field.RETURN, "return", "return date", "return time", "drop-off", "dropoff", "drop off",
                "drop-off date", "end", "devolucao", "entrega", "data de devolucao", "fim",
                "devolucion", "fecha de devolucion", "retour", "restitution", "date de retour", "ruckgabe",
                "ruckgabedatum", "riconsegna", "data di riconsegna");
        add(Field.PLATE, "plate", "licence plate", "license plate", "registration", "reg", "number plate",
                "matricula", "placa", "immatriculation", "plaque", "kennzeichen", "targa");
        add(Field.VEHICLE, "vehicle", "car", "model", "car model", "vehicle model", "category", "car group",
                "veiculo", "viatura", "carro", "modelo", "vehiculo", "coche", "vehicule", "voiture", "modele",
                "fahrzeug", "auto", "modell", "veicolo");
        add(Field.TOTAL, "total", "total price", "total amount", "grand total", "amount", "price", "total due",
                "total paid", "valor total", "total a pagar", "preco total", "importe total", "precio total",
                "montant total", "prix total", "gesamtbetrag", "gesamtpreis", "summe", "totale", "importo totale",
                "importo", "prezzo totale");
    }

    private static final java.util.regex.Pattern HINTS = java.util.regex.Pattern.compile("\\(.*?\\)");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[:.*#º°]+$");
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[:.#º°]");

    private FieldLabels() { }

    /** The field a label names; trailing "#", ":", "." and parenthesised hints are ignored. */
    static Optional<Field> field(String label) {
        String l = TRAILING.matcher(HINTS.matcher(Text.fold(label)).replaceAll("")).replaceAll("").strip();
        Field f = LABELS.get(l);
        if (f == null) f = LABELS.get(PUNCTUATION.matcher(l).replaceAll("").strip());
        return Optional.ofNullable(f);
    }
}
