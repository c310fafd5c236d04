package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.at;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.mail;
import static org.rebook.reconcile.Facts.payment;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;
import org.rebook.model.Source;

/** The messy cases of a real outage, each as small as it can be, beyond those in {@link ReconcilerTest}. */
class HardCasesTest {
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());

    private ReconcileResult run(Observation... observations) {
        return reconciler.reconcile(List.of(observations));
    }

    private static Reservation only(ReconcileResult r) {
        assertThat(r.reservations()).hasSize(1);
        assertThat(r.unmatched()).isEmpty();
        return r.reservations().get(0);
    }

    @Test
    void aPaymentFromAnotherEmailJoinsItsBookingByNameAndTime() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_work", null, "Maria Silva", "m.silva@company.example", "2026-11-01T10:04Z", "300.00",
                        PaymentStatus.SUCCEEDED, "0")));
        assertThat(r.amountPaid()).isEqualByComparingTo("300.00");
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("ch_work")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("other email").contains("same name"));
    }

    @Test
    void droppedAccentsAndSwappedNameOrderStillFindTheBooking() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Oskar Nyström", "oskar@x.se",
                        "2026-10-01T10:00Z", "2026-11-04T09:30Z", "2026-11-10T17:30Z"),
                payment("ch_bal", null, "NYSTROM Oskar", null, "2026-11-04T09:40Z", "300.00", PaymentStatus.SUCCEEDED, "0"),
                event("e1", null, "nystrom, oskar", null, "2026-11-04T09:30Z", "2026-11-10T17:30Z", false)));
        assertThat(r.evidence()).extracting(EvidenceLink::sourceId).containsExactlyInAnyOrder("m1", "ch_bal", "e1");
    }

    @Test
    void anAfterReturnFuelChargeIsAnExtraOfTheBookingItFollows() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-05T10:00Z", "2026-11-08T10:00Z"),
                payment("ch_dep", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "300.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_fuel", null, "Maria Silva", "maria@x.pt", "2026-11-09T15:00Z", "45.00", PaymentStatus.SUCCEEDED, "0")));
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("ch_fuel")).singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("extra_charge"));
        assertThat(r.amountPaid()).isEqualByComparingTo("345.00");
    }

    @Test
    void aFuelChargeGoesToTheBookingJustReturnedNotTheCustomersNextOne() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Maria Silva", "maria@x.pt",
                        "2026-10-01T10:00Z", "2026-11-05T10:00Z", "2026-11-08T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CONFIRMATION, "PX-BBBB22", "Maria Silva", "maria@x.pt",
                        "2026-11-07T10:00Z", "2026-11-20T10:00Z", "2026-11-22T10:00Z"),
                payment("ch_fuel", null, "Maria Silva", "maria@x.pt", "2026-11-09T15:00Z", "45.00", PaymentStatus.SUCCEEDED, "0"));
        Reservation first = result.reservations().stream().filter(r -> "PX-AAAA11".equals(r.bookingReference())).findFirst().orElseThrow();
        assertThat(first.evidence()).extracting(EvidenceLink::sourceId).contains("ch_fuel");
    }

    @Test
    void theSameBookingOnTwoCalendarsIsOneReservation() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                event("main-cal", null, "Maria Silva", "maria@x.pt", "2026-11-22T10:00Z", "2026-11-25T10:00Z", false),
                event("airport-desk", null, "M. Silva", null, "2026-11-22T10:00Z", "2026-11-25T10:00Z", false)));
        assertThat(r.evidence()).extracting(EvidenceLink::role).containsExactlyInAnyOrder("booking_mail", "calendar_event", "calendar_event");
    }

    @Test
    void aModificationThatChangesTheCarSetsTheVehicleAndKeepsTheFirstAsEvidence() {
        Observation confirmation = booking("m1", DocumentKind.BOOKING_CONFIRMATION, "2026-11-01T10:00Z", "VW Polo");
        Observation modification = booking("m2", DocumentKind.BOOKING_MODIFICATION, "2026-11-03T10:00Z", "Toyota Corolla");
        Reservation r = only(run(modification, confirmation));
        assertThat(r.vehicle()).isEqualTo("Toyota Corolla");
        assertThat(r.sourceOf("vehicle")).get().satisfies(f -> assertThat(f.sourceId()).isEqualTo("m2"));
        assertThat(r.evidence()).extracting(EvidenceLink::sourceId).contains("m1");
    }

    @Test
    void aPartialRefundIsCountedAndTheBookingStaysOn() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_1", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "300.00", PaymentStatus.SUCCEEDED, "40.00")));
        assertThat(r.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(r.amountRefunded()).isEqualByComparingTo("40.00");
    }

    @Test
    void aFullRefundWithoutAnyBookingDetailsReadsAsCancelled() {
        Reservation r = only(run(
                payment("ch_1", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "300.00", PaymentStatus.REFUNDED, "300.00")));
        assertThat(r.status()).isEqualTo(ReservationStatus.CANCELLED);
    }

    @Test
    void aPaymentThatFitsTwoBookingsOfTheSameCustomerEquallyIsFlaggedNotGuessedSilently() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CONFIRMATION, "PX-BBBB22", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:30Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_x", null, "Maria Silva", "maria@x.pt", "2026-11-01T10:15Z", "300.00", PaymentStatus.SUCCEEDED, "0"));
        Reservation holder = result.reservations().stream()
                .filter(r -> r.evidence().stream().anyMatch(e -> e.sourceId().equals("ch_x"))).findFirst().orElseThrow();
        EvidenceLink link = holder.evidence().stream().filter(e -> e.sourceId().equals("ch_x")).findFirst().orElseThrow();
        assertThat(link.reason()).startsWith("ambiguous");
        assertThat(holder.confidence()).isLessThanOrEqualTo(0.5); // the weakest link sets it: staff review it
    }

    private static Observation booking(String id, DocumentKind kind, String sent, String vehicle) {
        BookingFacts f = BookingFacts.builder(kind).reference("PX-7F3K9Q").customerName("Maria Silva").customerEmail("maria@x.pt")
                .recordedAt(at(sent)).pickupAt(at("2026-11-22T10:00Z")).returnAt(at("2026-11-25T10:00Z"))
                .totalPrice(new BigDecimal("300.00")).currency("EUR").vehicle(vehicle).build();
        return new Observation(id.hashCode(), Source.EMAIL, id, f);
    }
}
