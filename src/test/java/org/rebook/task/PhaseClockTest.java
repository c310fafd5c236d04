package org.rebook.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseClockTest {
    @Test
    void aStepLastsFromItsMessageUntilTheNextAndRepeatsAddUp() throws InterruptedException {
        PhaseClock clock = new PhaseClock();
        clock.update("Importing a", 0, 10);
        Thread.sleep(20);
        clock.update("Importing a", 5, 10); // same step: counts do not start a new one
        clock.update("Linking", 0, -1);
        Thread.sleep(5);
        clock.update("Importing a", 10, 10);
        clock.stop();

        assertThat(clock.steps()).extracting(Map.Entry::getKey).containsExactly("Importing a", "Linking");
        assertThat(clock.steps().get(0).getValue()).isGreaterThanOrEqualTo(0.020);
        assertThat(clock.steps().get(1).getValue()).isGreaterThanOrEqualTo(0.005);
    }

    @Test
    void nothingIsCountedAfterStop() throws InterruptedException {
        PhaseClock clock = new PhaseClock();
        clock.update("Saving", 0, -1);
        clock.stop();
        double saved = clock.steps().get(0).getValue();
        Thread.sleep(10);
        clock.stop();
        assertThat(clock.steps().get(0).getValue()).isEqualTo(saved);
    }
}
