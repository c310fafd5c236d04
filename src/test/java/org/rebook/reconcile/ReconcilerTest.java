package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.at;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.mail;
import static org.rebook.reconcile.Facts.notBooking;
import static org.rebook.reconcile.Facts.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;

class ReconcilerTest {
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());

    private ReconcileResult run(Observation... observations) {
        return reconciler.reconcile(List.of(observations));
    }

    private static Reservation only(ReconcileResult r) {
        assertThat(r.reservations()).hasSize(1);
        return r.reservations().get(0);
    }

    @Test
    void sameReferenceAcrossSourcesMakesOneConfidentReservation() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                event("e1", "PX-7F3K9Q", "Maria Silva", null, "2026-11-22T10:00Z", "2026-11-25T10:00Z", false),
                payment("ch_1", "PX-7F3K9Q", "M. Silva", "maria@x.pt", "2026-11-01T10:05Z", "300.00", PaymentStatus.SUCCEEDED, "0")));
        assertThat(r.bookingReference()).isEqualTo("PX-7F3K9Q");
        assertThat(r.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(r.evidence()).extracting(EvidenceLink::source).containsExactlyInAnyOrder(Source.EMAIL, Source.CALENDAR, Source.STRIPE);
        assertThat(r.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.reviewState()).isEqualTo(ReviewState.AUTO_ACCEPTED);
        assertThat(r.reasons().get(0)).contains("booking reference PX-7F3K9Q");
        assertThat(r.customerName()).isEqualTo("Maria Silva");
        assertThat(r.amountPaid()).isEqualByComparingTo("300.00");
    }

    @Test
    void depositAndBalanceWithoutReferenceJoinTheirBookingByEmailAndTime() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_dep", null, "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "90.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_bal", null, "MARIA SILVA", "maria@x.pt", "2026-11-22T10:20Z", "210.00", PaymentStatus.SUCCEEDED, "0")));
        assertThat(r.amountPaid()).isEqualByComparingTo("300.00");
        assertThat(r.evidence()).extracting(EvidenceLink::role).contains("deposit", "balance");
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("ch_bal")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("same email").contains("made at pickup"));
    }

    @Test
    void everyLinkCarriesItsComparisonsWithWeightsAndEveryFieldItsSource() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                mail("m2", DocumentKind.BOOKING_MODIFICATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-03T10:00Z", "2026-11-23T09:00Z", "2026-11-26T10:00Z"),
                payment("ch_bal", null, "Maria Silva", "maria@x.pt", "2026-11-23T09:20Z", "210.00", PaymentStatus.SUCCEEDED, "0")));
        EvidenceLink balance = r.evidence().stream().filter(e -> e.sourceId().equals("ch_bal")).findFirst().orElseThrow();
        assertThat(balance.weights()).extracting(org.rebook.model.LinkWeight::comparison)
                .contains("same email maria@x.pt", "same name Maria Silva", "made at pickup");
        assertThat(balance.totalWeight()).isEqualTo(6.0 + 4.0 + 4.0);
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("m2")).singleElement()
                .satisfies(e -> assertThat(e.weights()).extracting(org.rebook.model.LinkWeight::comparison)
                        .containsExactly("same booking reference PX-7F3K9Q"));
        assertThat(r.sourceOf("pickup_at")).get().satisfies(f -> {
            assertThat(f.sourceId()).isEqualTo("m2"); // the modification, not the first confirmation
            assertThat(f.source()).isEqualTo(Source.EMAIL);
        });
        assertThat(r.reasons().get(0)).isEqualTo("booking reference PX-7F3K9Q in 2 mails; 1 payment linked by customer and dates");
    }

    @Test
    void aRepeatCustomersPaymentsJoinTheRightBookingEvenWhenOneBookingSurvivedOnlyInTheCalendar() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Oskar Nyström", "oskar@x.se",
                        "2026-10-01T10:00Z", "2026-11-04T09:30Z", "2026-11-10T17:30Z"),
                payment("ch_dep1", "PX-AAAA11", "O. Nyström", "oskar@x.se", "2026-10-01T10:05Z", "120.00", PaymentStatus.SUCCEEDED, "0"),
                event("e2", "PX-BBBB22", "Oskar Nyström", null, "2026-11-14T12:30Z", "2026-11-18T14:00Z", false),
                payment("ch_bal1", null, "O. Nyström", "oskar@x.se", "2026-11-04T09:40Z", "180.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_bal2", null, "O. Nyström", "oskar@x.se", "2026-11-14T12:45Z", "150.00", PaymentStatus.SUCCEEDED, "0"));
        assertThat(result.reservations()).hasSize(2);
        Reservation first = result.reservations().stream().filter(r -> "PX-AAAA11".equals(r.bookingReference())).findFirst().orElseThrow();
        Reservation second = result.reservations().stream().filter(r -> "PX-BBBB22".equals(r.bookingReference())).findFirst().orElseThrow();
        assertThat(first.evidence()).extracting(EvidenceLink::sourceId).contains("ch_bal1").doesNotContain("ch_bal2");
        assertThat(second.evidence()).extracting(EvidenceLink::sourceId).contains("ch_bal2");
    }

    @Test
    void twoCustomersWithTheSameNameStayApart() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "John Smith", "john.smith@a.com",
                        "2026-11-01T10:00Z", "2026-11-20T10:00Z", "2026-11-22T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CONFIRMATION, "PX-BBBB22", "John Smith", "jsmith@b.com",
                        "2026-11-01T11:00Z", "2026-11-20T12:00Z", "2026-11-23T10:00Z"),
                payment("ch_1", null, "John Smith", "jsmith@b.com", "2026-11-01T11:05Z", "300.00", PaymentStatus.SUCCEEDED, "0"));
        Reservation b = result.reservations().stream().filter(r -> "PX-BBBB22".equals(r.bookingReference())).findFirst().orElseThrow();
        assertThat(b.evidence()).extracting(EvidenceLink::sourceId).contains("ch_1");
    }

    @Test
    void aCancellationAfterTheConfirmationCancelsAndRefundsAreCounted() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CANCELLATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-05T10:00Z", null, null),
                payment("ch_1", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "300.00", PaymentStatus.REFUNDED, "150.00")));
        assertThat(r.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(r.amountPaid()).isEqualByComparingTo("300.00");
        assertThat(r.amountRefunded()).isEqualByComparingTo("150.00");
        assertThat(r.reasons()).anySatisfy(s -> assertThat(s).startsWith("cancelled"));
    }

    @Test
    void theLatestModificationSetsThePickupAndTheConfirmationStaysAsEvidence() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                mail("m2", DocumentKind.BOOKING_MODIFICATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-03T10:00Z", "2026-11-23T09:00Z", "2026-11-26T10:00Z"),
                mail("m3", DocumentKind.BOOKING_MODIFICATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-04T10:00Z", "2026-11-24T09:00Z", "2026-11-27T10:00Z")));
        assertThat(r.pickupAt()).isEqualTo(at("2026-11-24T09:00Z"));
        assertThat(r.returnAt()).isEqualTo(at("2026-11-27T10:00Z"));
        assertThat(r.evidence()).extracting(EvidenceLink::role).containsExactlyInAnyOrder("booking_mail", "modification_mail", "modification_mail");
    }

    @Test
    void aFailedPaymentIsAttachedButNotCountedAsPaid() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_f", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:01Z", "300.00", PaymentStatus.FAILED, "0"),
                payment("ch_ok", "PX-7F3K9Q", "Maria Silva", "maria@x.pt", "2026-11-01T10:03Z", "300.00", PaymentStatus.SUCCEEDED, "0")));
        assertThat(r.amountPaid()).isEqualByComparingTo("300.00");
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("ch_f")).extracting(EvidenceLink::role).containsExactly("failed_payment");
    }

    @Test
    void unrelatedRecordsEndUnmatchedWithTheirReason() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_gift", null, "Ana Costa", "ana@y.pt", "2026-11-10T10:00Z", "50.00", PaymentStatus.SUCCEEDED, "0"),
                notBooking("nl@x", Source.EMAIL, "mail is not about a booking"));
        assertThat(result.unmatched()).extracting(u -> u.sourceId() + ": " + u.reason()).containsExactlyInAnyOrder(
                "ch_gift: payment has no booking reference and no booking shares its customer's email, phone or name",
                "nl@x: mail is not about a booking");
    }

    @Test
    void aBookingEventWithoutReferenceJoinsTheMailForTheSamePickup() {
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                event("e1", null, "Maria Silva", "maria@x.pt", "2026-11-22T10:00Z", "2026-11-25T10:00Z", false)));
        assertThat(r.evidence()).hasSize(2);
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("e1")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("same pickup time"));
    }

    @Test
    void aReplyWithoutAReferenceJoinsItsBookingThroughTheMailThread() {
        Observation reply = new Observation(950, Source.EMAIL, "reply@mail.example",
                org.rebook.model.BookingFacts.builder(DocumentKind.CUSTOMER_REPLY).customerEmail("someone@else.example")
                        .recordedAt(at("2026-11-02T09:00Z")).threadIds(List.of("m1")).build());
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"), reply));
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("reply@mail.example")).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("reply_mail");
            assertThat(e.reason()).contains("answers mail m1 of this booking");
        });
    }

    @Test
    void namesakesPickingUpTheSameDayAreToldApartByTheTime() {
        ReconcileResult result = run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Leonor Brandão", "leonor@a.pt",
                        "2026-10-01T10:00Z", "2026-10-07T12:00Z", "2026-10-09T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CONFIRMATION, "PX-BBBB22", "Leonor Brandão", "lbrandao@b.pt",
                        "2026-10-02T10:00Z", "2026-10-07T15:00Z", "2026-10-10T10:00Z"),
                event("e2", null, "Leonor Brandão", null, "2026-10-07T15:00Z", "2026-10-10T10:00Z", false));
        Reservation b = result.reservations().stream().filter(r -> "PX-BBBB22".equals(r.bookingReference())).findFirst().orElseThrow();
        assertThat(b.evidence()).extracting(EvidenceLink::sourceId).contains("e2");
    }

    @Test
    void aReceiptMailFollowsTheChargeItRestates() {
        Observation receipt = new Observation(900, Source.EMAIL, "receipt@stripe.com",
                org.rebook.model.BookingFacts.builder(DocumentKind.PAYMENT_RECEIPT).amount(new java.math.BigDecimal("90.00"))
                        .cardLast4("4242").customerEmail("work@corp.example").recordedAt(at("2026-11-01T10:06Z")).build());
        Observation charge = new Observation(901, Source.STRIPE, "ch_dep",
                org.rebook.model.BookingFacts.builder(DocumentKind.PAYMENT).reference("PX-7F3K9Q").amount(new java.math.BigDecimal("90.00"))
                        .cardLast4("4242").customerEmail("work@corp.example").paymentStatus(PaymentStatus.SUCCEEDED)
                        .amountRefunded(java.math.BigDecimal.ZERO).recordedAt(at("2026-11-01T10:05Z")).build());
        Reservation r = only(run(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"), charge, receipt));
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("receipt@stripe.com")).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("receipt_mail");
            assertThat(e.reason()).contains("receipt for payment ch_dep");
        });
        assertThat(r.amountPaid()).isEqualByComparingTo("90.00"); // a receipt is not a second payment
    }

    @Test
    void sameInputInAnyOrderGivesTheSameOutputAndEveryRecordOnce() {
        List<Observation> input = new ArrayList<>(List.of(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Maria Silva", "maria@x.pt",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                mail("m2", DocumentKind.BOOKING_CONFIRMATION, null, "João Gonçalves", "joao@x.pt",
                        "2026-11-02T10:00Z", "2026-11-23T10:00Z", "2026-11-24T10:00Z"),
                event("e1", null, "Joao Goncalves", "joao@x.pt", "2026-11-23T10:00Z", "2026-11-24T10:00Z", false),
                payment("ch_1", null, "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "90.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_2", null, "J. Gonçalves", "joao@x.pt", "2026-11-02T10:05Z", "90.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_3", null, "Unknown", null, "2026-11-02T10:05Z", "10.00", PaymentStatus.SUCCEEDED, "0"),
                notBooking("nl", Source.EMAIL, "newsletter")));
        ReconcileResult expected = reconciler.reconcile(input);
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(input, new Random(seed));
            assertThat(reconciler.reconcile(input)).isEqualTo(expected);
        }
        List<Long> placed = Stream.concat(expected.reservations().stream().flatMap(r -> r.evidence().stream()).map(EvidenceLink::recordId),
                expected.unmatched().stream().map(u -> u.recordId())).toList();
        assertThat(placed).doesNotHaveDuplicates().hasSameSizeAs(input);
    }
}
