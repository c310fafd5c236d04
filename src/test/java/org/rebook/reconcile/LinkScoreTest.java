package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rebook.model.LinkWeight;

/** A score writes its labels only when its weights are read, and shows them in the order they were weighed. */
class LinkScoreTest {
    private final LinkScorer.Weights reasons = new LinkScorer.Weights(MatchWeights.priors(), null);

    @Test
    void labelsAreWrittenOnlyWhenTheWeightsAreRead() {
        AtomicInteger written = new AtomicInteger();
        reasons.add(Level.EMAIL_SAME, () -> "same email " + written.incrementAndGet());
        LinkScore score = reasons.score(6, 6, false, 0, () -> "never shown");

        assertThat(written).hasValue(0);
        assertThat(score.total()).isEqualTo(6);
        assertThat(score.has(Level.EMAIL_SAME)).isTrue();
        assertThat(score.weights()).containsExactly(new LinkWeight("same email 1", Level.EMAIL_SAME.prior));
        score.weights();
        assertThat(written).hasValue(1);
    }

    @Test
    void aSeldomPurposeIsShownAfterTheLevelsAndBeforeALift() {
        reasons.add(Level.NAME_SAME, "same name");
        reasons.add(Level.PAID_AT_PICKUP, "made at pickup");
        LinkScore score = reasons.score(3, 4, false, -5, () -> "'gift voucher' payments seldom belong to a booking");

        LinkScore lifted = score.lifted(9, true, "same customer as RB-1");

        assertThat(lifted.weights()).extracting(LinkWeight::comparison).containsExactly("same name", "made at pickup",
                "'gift voucher' payments seldom belong to a booking", "same customer as RB-1");
        assertThat(lifted.total()).isEqualTo(3 + 5);
        assertThat(lifted.identity()).isEqualTo(9);
        assertThat(lifted.levelCount()).isEqualTo(2);
        assertThat(lifted.ruledOut()).isTrue(); // the purpose weight is past RULED_OUT
        assertThat(lifted.excluded()).isTrue();
        assertThat(lifted.contradicted()).isTrue(); // as the surer link it was lifted to
    }

    @Test
    void aPurposeThatUsuallyFindsItsBookingAddsNoLine() {
        reasons.add(Level.NAME_SAME, "same name");
        LinkScore score = reasons.score(4, 4, false, 0, () -> "not a reason");
        assertThat(score.weights()).extracting(LinkWeight::comparison).containsExactly("same name");
    }
}
