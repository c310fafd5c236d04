package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    /** Links whose chance of being right at weight w is {@code 1 / (1 + e^-(slope·w + intercept))}. */
    private static List<double[]> links(int n, double slope, double intercept, long seed) {
        Random random = new Random(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double w = random.nextDouble() * 16;
            double p = 1 / (1 + Math.exp(-(slope * w + intercept)));
            out.add(new double[] {w, random.nextDouble() < p ? 1 : 0});
        }
        return out;
    }

    @Test
    void fittedProbabilitiesMatchHowOftenLinksAreRightAtEachWeight() {
        Calibration fitted = Calibration.fit(links(20_000, 0.35, -1.0, 3));
        for (double w : new double[] {2, 5, 8, 12}) {
            assertThat(fitted.probability(w)).isCloseTo(1 / (1 + Math.exp(-(0.35 * w - 1.0))), within(0.03));
        }
        assertThat(fitted.pairs()).isEqualTo(20_000);
    }

    @Test
    void withFewLabelledLinksThePriorMapHolds() {
        assertThat(Calibration.fit(List.of())).isEqualTo(Calibration.PRIOR);
        Calibration few = Calibration.fit(links(10, 0.35, -1.0, 5));
        for (double w : new double[] {3, 6, 9}) {
            assertThat(few.probability(w)).isCloseTo(Calibration.PRIOR.probability(w), within(0.1));
        }
    }

    @Test
    void moreWeightNeverMeansLessLikely() {
        Calibration upsideDown = Calibration.fit(links(5_000, -0.5, 4, 7));
        assertThat(upsideDown.probability(12)).isGreaterThan(upsideDown.probability(2));
    }

    @Test
    void anIncidentWithReferencesFitsItsOwnScaleAndStoresIt() {
        List<Observation> records = MatchWeightsTest.incident(300, 30);
        Scoring learnt = Scoring.learn(records, ReconcileSettings.defaults());
        assertThat(learnt.calibration.pairs()).isPositive();
        assertThat(learnt.calibration).isNotEqualTo(Calibration.PRIOR);
        assertThat(Scoring.decode(learnt.encode()).calibration).isEqualTo(learnt.calibration);
        assertThat(learnt.describeCalibration()).contains("labelled links").contains("95 % at");
    }
}
