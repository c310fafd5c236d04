package org.rebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoGenerator;
import org.rebook.model.EvidenceLink;
import org.rebook.model.Reservation;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;
import org.rebook.model.UnmatchedRecord;
import org.rebook.task.Progress;
import org.rebook.workspace.DecisionStore;
import org.rebook.workspace.Workspace;

/** Review actions on a real recovered workspace: applied at once, undoable, audited, and kept by every later run. */
class ReviewServiceTest {
    @TempDir
    Path dir;
    Workspace ws;
    RecoveryService recovery;
    ReviewService review;

    @BeforeEach
    void recoverASmallIncident() throws IOException {
        DemoGenerator.Result demo = new DemoGenerator().generate(new DemoConfig(60, 5, DemoConfig.defaultIncident()), dir.resolve("incident"));
        ws = Workspace.open(dir.resolve("ws"));
        recovery = new RecoveryService(ws, ZoneId.of("Europe/Lisbon"));
        recovery.importPaths(List.of(demo.sources()), Progress.NONE);
        recovery.reconcile(Progress.NONE);
        review = new ReviewService(recovery);
    }

    private Reservation withPaymentAndMail() {
        return ws.results().reservations().stream()
                .filter(r -> r.evidence().stream().anyMatch(e -> e.source() == Source.STRIPE))
                .filter(r -> r.evidence().stream().anyMatch(e -> e.source() == Source.EMAIL))
                .findFirst().orElseThrow();
    }

    private Reservation byId(String id) {
        return ws.results().reservations(List.of(id)).stream().findFirst().orElseThrow();
    }

    private Set<Set<Long>> partition() {
        return ws.results().reservations().stream()
                .map(r -> r.evidence().stream().map(EvidenceLink::recordId).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static long payment(Reservation r) {
        return r.evidence().stream().filter(e -> e.source() == Source.STRIPE).findFirst().orElseThrow().recordId();
    }

    @Test
    void rejectedLinkTakesTheRecordOutAtOnceAndEveryLaterRunKeepsItOut() {
        Reservation r = withPaymentAndMail();
        long pay = payment(r);

        ReviewService.Outcome outcome = review.rejectLink(r.id(), pay);

        assertThat(outcome.focus()).contains(r.id());
        assertThat(byId(r.id()).evidence()).extracting(EvidenceLink::recordId).doesNotContain(pay);
        recovery.reconcile(Progress.NONE);
        assertThat(byId(r.id()).evidence()).extracting(EvidenceLink::recordId).doesNotContain(pay);
        assertThat(ws.results().reservationsHolding(List.of(pay))).doesNotContain(r.id());
    }

    @Test
    void undoRestoresWhatWasThereAndRedoDoesItAgainAllInTheAuditLog() {
        Set<Set<Long>> original = partition();
        Reservation r = withPaymentAndMail();
        long pay = payment(r);
        review.rejectLink(r.id(), pay);
        Set<Set<Long>> rejected = partition();

        assertThat(review.undo()).get().satisfies(o -> assertThat(o.message()).startsWith("Undone: rejected record"));
        assertThat(partition()).isEqualTo(original);
        assertThat(review.redo()).isPresent();
        assertThat(partition()).isEqualTo(rejected);

        List<DecisionStore.AuditEntry> log = ws.decisions().auditLog();
        assertThat(log).extracting(DecisionStore.AuditEntry::event).containsExactly("made", "undone", "redone");
        assertThat(log.get(0).before()).contains(r.id()).contains("stripe:");
        assertThat(log.get(0).after()).contains(r.id());
    }

    @Test
    void aNewDecisionAfterUndoDropsWhatCouldHaveBeenRedone() {
        Reservation r = withPaymentAndMail();
        review.rejectLink(r.id(), payment(r));
        review.undo();
        review.accept(r.id());

        assertThat(review.redoable()).isEmpty();
        assertThat(review.undoable()).get().satisfies(d -> assertThat(d.summary()).startsWith("accepted"));
    }

    @Test
    void mergeAndSplitSurviveAFullReconcileAndUndoBringsBackTheSameIds() {
        List<Reservation> all = ws.results().reservations();
        Reservation a = all.get(0);
        Reservation b = all.get(1);
        int before = all.size();

        review.merge(a.id(), b.id());
        recovery.reconcile(Progress.NONE);
        assertThat(ws.results().reservations()).hasSize(before - 1);
        assertThat(byId(a.id()).evidence()).hasSize(a.evidence().size() + b.evidence().size());

        review.undo();
        assertThat(ws.results().reservationIds()).contains(a.id(), b.id());

        Reservation big = withPaymentAndMail();
        long pay = payment(big);
        review.split(big.id(), List.of(pay));
        recovery.reconcile(Progress.NONE);
        assertThat(byId(big.id()).evidence()).extracting(EvidenceLink::recordId).doesNotContain(pay);
        String other = ws.results().reservationsHolding(List.of(pay)).iterator().next();
        assertThat(byId(other).evidence()).extracting(EvidenceLink::recordId).containsExactly(pay);
    }

    @Test
    void recomputingAroundADecisionGivesWhatAFullRunGives() {
        Reservation r = withPaymentAndMail();
        List<Reservation> all = ws.results().reservations();
        review.rejectLink(r.id(), payment(r));
        review.merge(all.get(2).id(), all.get(3).id());
        review.accept(all.get(4).id());
        Set<Set<Long>> incremental = partition();

        recovery.reconcile(Progress.NONE);

        assertThat(partition()).isEqualTo(incremental);
    }

    @Test
    void acceptedReservationIsAcceptedAfterReopeningAndReconciling() {
        Reservation r = ws.results().reservations().stream().filter(x -> x.reviewState() == ReviewState.NEEDS_REVIEW)
                .findFirst().orElseThrow();
        review.accept(r.id());
        assertThat(byId(r.id()).reviewState()).isEqualTo(ReviewState.ACCEPTED);

        ws.close();
        ws = Workspace.open(dir.resolve("ws"));
        recovery = new RecoveryService(ws, ZoneId.of("Europe/Lisbon"));
        recovery.reconcile(Progress.NONE);
        assertThat(byId(r.id()).reviewState()).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void editedFieldShowsAtOnceKeepsTheSourcesValueAndRejectsNonsense() {
        Reservation r = withPaymentAndMail();
        review.edit(r.id(), "vehicle", "Tesla Model 3");

        Reservation edited = byId(r.id());
        assertThat(edited.vehicle()).isEqualTo("Tesla Model 3");
        assertThat(edited.sourceOf("vehicle")).get().satisfies(f -> assertThat(f.staffEdit()).contains("“" + r.vehicle() + "”"));
        recovery.reconcile(Progress.NONE);
        assertThat(byId(r.id()).vehicle()).isEqualTo("Tesla Model 3");

        assertThatThrownBy(() -> review.edit(r.id(), "total_amount", "lots")).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> review.edit(r.id(), "id", "x")).hasMessageContaining("cannot be edited");
    }

    @Test
    void unmatchedRecordCanBeAttachedMadeAReservationOrSetAsideAsNotABooking() {
        List<UnmatchedRecord> unmatched = ws.results().unmatched();
        assertThat(unmatched).hasSizeGreaterThanOrEqualTo(3);
        Reservation target = withPaymentAndMail();

        review.move(unmatched.get(0).recordId(), target.id());
        assertThat(byId(target.id()).evidence()).extracting(EvidenceLink::recordId).contains(unmatched.get(0).recordId());
        assertThat(review.undoable()).get().satisfies(d -> assertThat(d.summary()).startsWith("attached unmatched record"));

        ReviewService.Outcome created = review.createFrom(unmatched.get(1).recordId());
        assertThat(byId(created.focus().orElseThrow()).evidence()).extracting(EvidenceLink::recordId)
                .containsExactly(unmatched.get(1).recordId());

        long pay = payment(target);
        review.notABooking(pay);
        recovery.reconcile(Progress.NONE);
        assertThat(ws.results().unmatched()).filteredOn(u -> u.recordId() == pay).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("marked as not a booking by staff"));
        assertThat(ws.results().unmatched()).extracting(UnmatchedRecord::recordId)
                .doesNotContain(unmatched.get(0).recordId(), unmatched.get(1).recordId());
    }

    @Test
    void everyRecordStillEndsInExactlyOneReservationOrUnmatchedAfterDecisions() {
        List<Reservation> all = ws.results().reservations();
        Reservation r = withPaymentAndMail();
        review.rejectLink(r.id(), payment(r));
        review.merge(all.get(5).id(), all.get(6).id());
        review.split(withPaymentAndMail().id(), List.of(payment(withPaymentAndMail())));
        review.undo();

        long inReservations = ws.results().reservations().stream().mapToLong(x -> x.evidence().size()).sum();
        Set<Long> placed = ws.results().reservations().stream().flatMap(x -> x.evidence().stream())
                .map(EvidenceLink::recordId).collect(Collectors.toSet());
        assertThat(placed).hasSize((int) inReservations);
        assertThat(inReservations + ws.results().unmatched().size()).isEqualTo(ws.records().count());
    }
}
