package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.event;
import static org.rebook.reconcile.Facts.mail;
import static org.rebook.reconcile.Facts.notBooking;
import static org.rebook.reconcile.Facts.payment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rebook.model.DecisionEffect;
import org.rebook.model.DecisionKind;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.FieldEdit;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;
import org.rebook.model.StaffDecision;

/** People's decisions are constraints every later run respects. */
class StaffDecisionsTest {
    private final Reconciler reconciler = new Reconciler(ReconcileSettings.defaults());
    private final List<StaffDecision> decisions = new ArrayList<>();

    private final Observation booking = mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-AAAA11", "Maria Silva",
            "maria@x.pt", "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z");
    private final Observation entry = event("e1", "PX-AAAA11", "Maria Silva", null, "2026-11-22T10:00Z", "2026-11-25T10:00Z", false);
    private final Observation deposit = payment("ch_dep", null, "Maria Silva", "maria@x.pt", "2026-11-01T10:05Z", "90.00",
            PaymentStatus.SUCCEEDED, "0");
    private final Observation other = mail("m2", DocumentKind.BOOKING_CONFIRMATION, "PX-BBBB22", "Maria Silva",
            "maria@x.pt", "2026-11-02T10:00Z", "2026-11-29T10:00Z", "2026-11-30T10:00Z");

    private void decide(DecisionEffect effect) {
        decisions.add(new StaffDecision(decisions.size() + 1, OffsetDateTime.now(), DecisionKind.MOVE, "test", effect));
    }

    private ReconcileResult run(Observation... observations) {
        return reconciler.reconcile(List.of(observations), Constraints.of(decisions), Set.of());
    }

    private static Reservation holding(ReconcileResult r, Observation o) {
        return r.reservations().stream().filter(res -> res.evidence().stream().anyMatch(e -> e.recordId() == o.recordId()))
                .findFirst().orElseThrow();
    }

    @Test
    void rejectedLinkKeepsThePaymentOutOnEveryRunAndSaysWhy() {
        assertThat(holding(run(booking, entry, deposit), deposit).id()).isEqualTo(holding(run(booking, entry, deposit), booking).id());
        decide(new DecisionEffect.Builder().together(List.of(booking.recordId(), entry.recordId()))
                .apart(List.of(deposit.recordId()), List.of(booking.recordId(), entry.recordId())).build());

        ReconcileResult after = run(booking, entry, deposit);

        assertThat(after.reservations()).hasSize(1);
        assertThat(after.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.recordId()).isEqualTo(deposit.recordId());
            assertThat(u.reason()).contains("staff took it out");
        });
    }

    @Test
    void mergedReservationsStayOneAndKeepTheFirstReferencesId() {
        ReconcileResult before = run(booking, other);
        assertThat(before.reservations()).hasSize(2);
        String firstId = holding(before, booking).id();
        decide(new DecisionEffect.Builder().together(List.of(booking.recordId(), other.recordId())).build());

        Reservation merged = run(booking, other).reservations().get(0);

        assertThat(run(booking, other).reservations()).hasSize(1);
        assertThat(merged.id()).isEqualTo(firstId);
        assertThat(merged.evidence()).filteredOn(e -> e.recordId() == other.recordId()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("kept in this reservation by staff (decision #1)"));
    }

    @Test
    void splitRecordsFormTheirOwnReservationWhileTheRestKeepsItsId() {
        String id = holding(run(booking, entry, deposit), booking).id();
        List<Long> out = List.of(entry.recordId());
        List<Long> rest = List.of(booking.recordId(), deposit.recordId());
        decide(new DecisionEffect.Builder().together(rest).together(out).apart(out, rest).build());

        ReconcileResult after = run(booking, entry, deposit);

        assertThat(after.reservations()).hasSize(2);
        assertThat(holding(after, booking).id()).isEqualTo(id);
        assertThat(holding(after, booking).evidence()).extracting(EvidenceLink::recordId)
                .containsExactlyInAnyOrder(booking.recordId(), deposit.recordId());
        assertThat(holding(after, entry).evidence()).hasSize(1);
    }

    @Test
    void laterDecisionWinsOverAnEarlierOneItContradicts() {
        decide(new DecisionEffect.Builder().together(List.of(booking.recordId(), other.recordId())).build());
        decide(new DecisionEffect.Builder().together(List.of(booking.recordId())).together(List.of(other.recordId()))
                .apart(List.of(booking.recordId()), List.of(other.recordId())).build());

        assertThat(run(booking, other).reservations()).hasSize(2);
    }

    @Test
    void acceptedReservationStaysAcceptedUntilNewEvidenceJoinsIt() {
        List<Long> members = List.of(booking.recordId(), entry.recordId());
        decide(new DecisionEffect.Builder().together(members).accepted(members).build());

        Reservation accepted = holding(run(booking, entry), booking);
        assertThat(accepted.reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.reasons()).anyMatch(r -> r.startsWith("accepted by staff (decision #1)"));

        Reservation withNews = holding(run(booking, entry, deposit), booking);
        assertThat(withNews.evidence()).hasSize(3);
        assertThat(withNews.reviewState()).isEqualTo(ReviewState.NEEDS_REVIEW);
        assertThat(withNews.reasons()).anyMatch(r -> r.contains("new evidence joined since"));
    }

    @Test
    void recordMarkedNotABookingIsUnmatchedWithTheDecisionAndCanBeMadeAReservationLater() {
        Observation voucher = notBooking("ch_gift", Source.STRIPE, "gift voucher");
        decide(new DecisionEffect.Builder().notBooking(deposit.recordId()).build());
        assertThat(run(booking, deposit).unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("marked as not a booking by staff (decision #1)"));

        decide(new DecisionEffect.Builder().together(List.of(voucher.recordId())).build());
        ReconcileResult after = run(booking, deposit, voucher);
        assertThat(holding(after, voucher).evidence()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("by staff (decision #2)"));
    }

    @Test
    void editedFieldWinsAndKeepsWhatTheSourcesSaid() {
        decide(new DecisionEffect.Builder().edit(new FieldEdit(booking.recordId(), "vehicle", "Fiat 500")).build());
        decide(new DecisionEffect.Builder().edit(new FieldEdit(entry.recordId(), "total_amount", "410")).build());

        Reservation r = holding(run(booking, entry), booking);

        assertThat(r.vehicle()).isEqualTo("Fiat 500");
        assertThat(r.totalAmount()).isEqualByComparingTo("410.00");
        assertThat(r.sourceOf("vehicle")).get().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo(booking.recordId());
            assertThat(f.staffEdit()).contains("decision #1").contains("“VW Polo”");
        });
        assertThat(r.reasons()).anyMatch(x -> x.contains("edited by staff: vehicle set to “Fiat 500”, the sources said “VW Polo”"));
    }

    @Test
    void recomputingPartOfTheWorkspaceNeverReusesAnIdInUseElsewhere() {
        String natural = holding(run(booking, entry), booking).id();

        ReconcileResult part = reconciler.reconcile(List.of(booking, entry), Constraints.of(decisions), Set.of(natural));

        assertThat(part.reservations()).singleElement().satisfies(r -> assertThat(r.id()).isNotEqualTo(natural));
    }
}
