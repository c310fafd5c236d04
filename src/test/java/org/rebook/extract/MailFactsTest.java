package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.MailMessage;

class MailFactsTest {
    private final FactsExtractor extractor = new FactsExtractor(ExtractionSettings.defaults(ZoneId.of("Europe/Lisbon")));
    private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-11-01T10:00Z");

    private BookingFacts mail(String subject, String text, String html) {
        return extractor.extract(new MailMessage("id@x", false, subject, "Rentals <bookings@rentals.example>",
                List.of("maria@example.pt"), SENT, null, List.of(), text, html));
    }

    @Test
    void readsSchemaOrgJsonLd() {
        BookingFacts f = mail("Your car is booked", null, """
                <html><head><script type="application/ld+json">
                {"@context":"http://schema.org","@type":"RentalCarReservation","reservationNumber":"PX-7F3K9Q",
                 "reservationStatus":"http://schema.org/ReservationConfirmed",
                 "underName":{"@type":"Person","name":"Maria Silva","email":"maria@example.pt"},
                 "reservationFor":{"@type":"Car","name":"VW Polo","brand":{"@type":"Brand","name":"VW"}},
                 "pickupLocation":{"@type":"Place","name":"Lisbon Airport"},"pickupTime":"2026-11-22T10:00:00+00:00",
                 "dropoffLocation":{"@type":"Place","name":"Faro Airport"},"dropoffTime":"2026-11-25T18:00:00+00:00",
                 "totalPrice":"245.50","priceCurrency":"EUR"}
                </script></head><body><p>Hi Maria</p></body></html>""");
        assertThat(f.kind()).isEqualTo(DocumentKind.BOOKING_CONFIRMATION);
        assertThat(f.reference()).isEqualTo("PX-7F3K9Q");
        assertThat(f.customerName()).isEqualTo("Maria Silva");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00Z"));
        assertThat(f.returnAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T18:00Z"));
        assertThat(f.pickupLocation()).isEqualTo("Lisbon Airport");
        assertThat(f.returnLocation()).isEqualTo("Faro Airport");
        assertThat(f.vehicle()).isEqualTo("VW Polo");
        assertThat(f.totalPrice()).isEqualByComparingTo("245.50");
        assertThat(f.currency()).isEqualTo("EUR");
    }

    @Test
    void readsMicrodataWithNestedScopes() {
        BookingFacts f = mail("Reservation", null, """
                <div itemscope itemtype="http://schema.org/RentalCarReservation">
                  <meta itemprop="reservationId" content="R2024-00873"/>
                  <div itemprop="underName" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jürgen Müller</span></div>
                  <div itemprop="pickupLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="name">Porto</span></div>
                  <time itemprop="pickupTime" datetime="2026-12-01T09:00:00+00:00">1 Dec</time>
                </div>""");
        assertThat(f.reference()).isEqualTo("R2024-00873");
        assertThat(f.customerName()).isEqualTo("Jürgen Müller");
        assertThat(f.pickupLocation()).isEqualTo("Porto");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00Z"));
    }

    @Test
    void readsPortugueseLabelsInPlainText() {
        BookingFacts f = mail("Confirmação da reserva PX-ABC234", """
                Olá Maria Silva,

                Referência: PX-ABC234
                Levantamento: 22/11/2026 10:00 – Lisbon Airport
                Devolução: 25/11/2026 18:00 – Faro Airport
                Viatura: Renault Clio
                Valor total: 1.234,50 €
                """, null);
        assertThat(f.reference()).isEqualTo("PX-ABC234");
        assertThat(f.customerName()).isEqualTo("Maria Silva");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00Z"));
        assertThat(f.pickupLocation()).isEqualTo("Lisbon Airport");
        assertThat(f.returnAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T18:00Z"));
        assertThat(f.vehicle()).isEqualTo("Renault Clio");
        assertThat(f.totalPrice()).isEqualByComparingTo("1234.50");
        assertThat(f.currency()).isEqualTo("EUR");
        assertThat(f.customerEmail()).isEqualTo("maria@example.pt");
    }

    @Test
    void readsSpanishWrittenOutDatesAndAGenderNeutralGreeting() {
        BookingFacts f = mail("Confirmación de reserva PX-ABC234", """
                Estimado/a Íñigo Fernández:

                Localizador: PX-ABC234
                Recogida: 22 de noviembre de 2026, 10:00 en Lisbon Airport
                Devolución: 25 de noviembre de 2026, 18:00 en Faro Airport
                Vehículo: Seat Ibiza o similar
                Importe total: 1.234,50 EUR
                """, null);
        assertThat(f.customerName()).isEqualTo("Íñigo Fernández");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00Z"));
        assertThat(f.pickupLocation()).isEqualTo("Lisbon Airport");
        assertThat(f.returnAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T18:00Z"));
        assertThat(f.vehicle()).isEqualTo("Seat Ibiza");
        assertThat(f.totalPrice()).isEqualByComparingTo("1234.50");
    }

    @Test
    void readsAFrenchHtmlTableWithHourSeparatorAndNarrowSpaceThousands() {
        BookingFacts f = mail("Confirmation de votre réservation PX-ABC234", null, "<html><body><p>Bonjour Zoé Martin,</p>"
                + "<table><tr><td>N° de réservation</td><td>PX-ABC234</td></tr>"
                + "<tr><td>Prise en charge</td><td>22/11/2026 à 09h30 – Lisbon Airport</td></tr>"
                + "<tr><td>Restitution</td><td>25/11/2026 à 18h00 – Faro Airport</td></tr>"
                + "<tr><td>Véhicule</td><td>Peugeot 208 ou similaire</td></tr>"
                + "<tr><td>Montant total</td><td>1\u202f234,50 €</td></tr></table></body></html>");
        assertThat(f.customerName()).isEqualTo("Zoé Martin");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:30Z"));
        assertThat(f.returnAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T18:00Z"));
        assertThat(f.vehicle()).isEqualTo("Peugeot 208");
        assertThat(f.totalPrice()).isEqualByComparingTo("1234.50");
    }

    @Test
    void readsItalianMonthNamesWithOre() {
        BookingFacts f = mail("Conferma prenotazione PX-ABC234", """
                Gentile Niccolò Rossi,

                Codice prenotazione: PX-ABC234
                Ritiro: 2 dicembre 2026 ore 08:15, Porto Campanhã Station
                Riconsegna: 5 dicembre 2026 ore 19:45, Porto Campanhã Station
                Veicolo: Fiat 500 o simile
                Totale: € 412,00
                """, null);
        assertThat(f.customerName()).isEqualTo("Niccolò Rossi");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-12-02T08:15Z"));
        assertThat(f.pickupLocation()).isEqualTo("Porto Campanhã Station");
        assertThat(f.vehicle()).isEqualTo("Fiat 500");
        assertThat(f.totalPrice()).isEqualByComparingTo("412.00");
    }

    @Test
    void readsAGermanHtmlTable() {
        BookingFacts f = mail("Buchungsbestätigung PX-ABC234", null, """
                <p>Hallo Jürgen Müller,</p><table>
                <tr><td>Buchungsnummer</td><td>PX-ABC234</td></tr>
                <tr><td>Abholung</td><td>22.11.2026, 10:00 Uhr, Porto Campanhã</td></tr>
                <tr><td>Kennzeichen</td><td>AB-12-CD</td></tr>
                <tr><td>Gesamtpreis</td><td>345,00 €</td></tr></table>""");
        assertThat(f.reference()).isEqualTo("PX-ABC234");
        assertThat(f.customerName()).isEqualTo("Jürgen Müller");
        assertThat(f.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00Z"));
        assertThat(f.plate()).isEqualTo("AB-12-CD");
        assertThat(f.totalPrice()).isEqualByComparingTo("345.00");
    }

    @Test
    void classifiesCancellationsModificationsAndReceipts() {
        assertThat(mail("Booking PX-ABC234 cancelled", "Your booking has been cancelled.", null).kind())
                .isEqualTo(DocumentKind.BOOKING_CANCELLATION);
        assertThat(mail("Alteração da reserva PX-ABC234", "Levantamento: 22/11/2026 10:00", null).kind())
                .isEqualTo(DocumentKind.BOOKING_MODIFICATION);
        BookingFacts receipt = mail("Your receipt from Atlântico Car Rental #1234-5678",
                "Amount paid: €123.45\nDate paid: Nov 20, 2026\nPayment method: Visa – 4242\n", null);
        assertThat(receipt.kind()).isEqualTo(DocumentKind.PAYMENT_RECEIPT);
        assertThat(receipt.amount()).isEqualByComparingTo("123.45");
        assertThat(receipt.cardLast4()).isEqualTo("4242");
        assertThat(receipt.reference()).isNull();
        assertThat(receipt.recordedAt().toLocalDate()).hasToString("2026-11-20");
    }

    @Test
    void aReplyLinksThroughTheQuotedReferenceButIsNeverABooking() {
        BookingFacts f = extractor.extract(new MailMessage("r@x", false, "Re: Booking confirmation",
                "Maria Silva <maria@example.pt>", List.of("bookings@rentals.example"), SENT, "id@x", List.of("id@x"),
                "Can I add a child seat?\n\nOn Sun, 1 Nov 2026, Rentals wrote:\n> Booking reference: PX-ABC234\n> Pick-up: 22 Nov 2026 10:00\n",
                null));
        assertThat(f.kind()).isEqualTo(DocumentKind.CUSTOMER_REPLY);
        assertThat(f.reference()).isEqualTo("PX-ABC234");
        assertThat(f.pickupAt()).isNull();
        assertThat(f.customerEmail()).isEqualTo("maria@example.pt");
    }

    @Test
    void aNewsletterIsNotABooking() {
        BookingFacts f = mail("Winter tyre offers", "Dear customer, our winter campaign is here.", null);
        assertThat(f.kind()).isEqualTo(DocumentKind.NOT_BOOKING);
        assertThat(f.notBookingReason()).contains("not about a booking");
    }
}
