package org.rebook.task;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(clock.steps()).extracting(PhaseClock.Step::name).containsExactly("Importing a", "Linking");
        assertThat(clock.steps().get(0).seconds()).isGreaterThanOrEqualTo(0.020);
        assertThat(clock.steps().get(1).seconds()).isGreaterThanOrEqualTo(0.005);
    }

    @Test
    void aStepThatKeepsTheProcessBusyCountsItsCpuTime() {
        PhaseClock clock = new PhaseClock();
        clock.update("Busy", 0, -1);
        long sum = 0;
        for (long end = System.nanoTime() + 50_000_000L; System.nanoTime() < end; ) sum += 1 + (sum & 7);
        clock.update("Idle", 0, -1);
        clock.stop();

        assertThat(sum).isPositive();
        PhaseClock.Step busy = clock.steps().get(0);
        assertThat(busy.cpuSeconds()).isGreaterThanOrEqualTo(0.03);
        assertThat(busy.gcSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(busy.jitSeconds()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void nothingIsCountedAfterStop() throws InterruptedException {
        PhaseClock clock = new PhaseClock();
        clock.update("Saving", 0, -1);
        clock.stop();
        double saved = clock.steps().get(0).seconds();
        Thread.sleep(10);
        clock.stop();
        assertThat(clock.steps().get(0).seconds()).isEqualTo(saved);
    }
}
