package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rebook.model.DecisionEffect;
import org.rebook.model.DecisionKind;
import org.rebook.model.ReconcileResult;
import org.rebook.model.StaffDecision;

/**
 * A whole incident's run learns its weights from the reservations its own first pass makes. That must be
 * exactly learning first and linking after, and people's decisions must never change what is learnt.
 */
class LearningWhileLinkingTest {
    private final ReconcileSettings settings = ReconcileSettings.defaults();
    private final List<Observation> incident = ParallelLinkingTest.collidingIncident(new Random(5), 300);

    @Test
    void learningWhileLinkingGivesTheScoringAndReservationsOfLearningFirst() {
        Scoring first = Scoring.learn(incident, settings);
        ReconcileResult afterLearning = new Reconciler(settings).reconcile(incident, Constraints.none(), id -> false, first);

        boolean[] told = {false};
        Reconciler.Learnt learnt = new Reconciler(settings).reconcileLearning(incident, Constraints.none(), id -> false,
                () -> told[0] = true);

        assertThat(first.weights()).isNotEqualTo(MatchWeights.priors()); // estimated, not the fallback
        assertThat(learnt.scoring().encode()).isEqualTo(first.encode());
        assertThat(learnt.result().reservations()).isEqualTo(afterLearning.reservations());
        assertThat(learnt.result().unmatched()).isEqualTo(afterLearning.unmatched());
        assertThat(learnt.result().blockingPairs()).isEqualTo(afterLearning.blockingPairs());
        assertThat(told[0]).as("told when linking starts").isTrue();
    }

    @Test
    void decisionsAreRespectedAndLeaveTheLearntWeightsAlone() {
        // Two records of one reference: one set aside, the other's reservation taken apart from a third record.
        List<Observation> referenced = incident.stream().filter(o -> Keys.reference(o.facts().reference()) != null).toList();
        java.util.Map<String, List<Observation>> byRef = referenced.stream()
                .collect(java.util.stream.Collectors.groupingBy(o -> Keys.reference(o.facts().reference())));
        List<Observation> pair = referenced.stream().map(o -> byRef.get(Keys.reference(o.facts().reference())))
                .filter(g -> g.size() >= 2).findFirst().orElseThrow();
        Observation setAside = pair.get(0);
        Observation kept = pair.get(1);
        Observation third = referenced.get(referenced.size() - 1);
        DecisionEffect effect = new DecisionEffect.Builder().notBooking(setAside.recordId())
                .together(List.of(kept.recordId(), third.recordId())).build();
        Constraints constraints = Constraints.of(List.of(new StaffDecision(1, OffsetDateTime.now(), DecisionKind.MOVE, "test", effect)));
        Scoring withoutDecisions = Scoring.learn(incident, settings);

        Reconciler.Learnt learnt = new Reconciler(settings).reconcileLearning(incident, constraints, id -> false, () -> { });

        assertThat(learnt.scoring().encode()).isEqualTo(withoutDecisions.encode());
        ReconcileResult expected = new Reconciler(settings).reconcile(incident, constraints, id -> false, withoutDecisions);
        assertThat(learnt.result().reservations()).isEqualTo(expected.reservations());
        assertThat(learnt.result().unmatched()).filteredOn(u -> u.recordId() == setAside.recordId()).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("marked as not a booking by staff"));
        assertThat(learnt.result().reservations()).anySatisfy(r -> assertThat(r.evidence())
                .anyMatch(e -> e.recordId() == kept.recordId()).anyMatch(e -> e.recordId() == third.recordId()));
    }
}
