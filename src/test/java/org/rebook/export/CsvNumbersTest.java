package org.rebook.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    private static final double[] EDGES = {0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 0.35, -0.35, 1.05, 2.675,
            0.0005, 0.9995, 1.0E-9, -1.0E-9, 12345.65, 1.0E17, -3.999999, 6.0, -6.0, Double.MIN_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void writesEveryValueExactlyAsStringFormatDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // Weights and confidences: a few units either side of zero, many on a half at the last digit.
            double v = i % 2 == 0 ? random.nextDouble(-30, 30) : Math.round(random.nextDouble(-300, 300)) / 20.0;
            assertSame(v);
        }
        for (double v : EDGES) assertSame(v);
    }

    private static void assertSame(double v) {
        assertThat(CsvNumbers.signed(v, 1)).as("%%+.1f of %s", v).isEqualTo(String.format(Locale.ROOT, "%+.1f", v));
        assertThat(CsvNumbers.fixed(v, 3)).as("%%.3f of %s", v).isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    }
}
