package org.rebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The collection is asked for only where it pays: a large incident, under the command line's collector. */
class HeapSettlingTest {
    private static final String[] OLD_GENERATION = {"PS MarkSweep", "G1 Old Generation", "MarkSweepCompact"};

    private static long fullCollections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            for (String name : OLD_GENERATION) if (gc.getName().equals(name)) n += gc.getCollectionCount();
        }
        return n;
    }

    private static boolean throughputCollector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(gc -> gc.getName().equals("PS MarkSweep"));
    }

    @Test
    void aSmallIncidentIsLeftToTheCollector() {
        long before = fullCollections();
        HeapSettling.readingsLetGo(HeapSettling.MIN_RECORDS - 1);
        assertThat(fullCollections()).isEqualTo(before);
    }

    @Test
    void aLargeIncidentIsCollectedOnceUnderTheThroughputCollectorOnly() {
        long before = fullCollections();
        HeapSettling.readingsLetGo(HeapSettling.MIN_RECORDS);
        if (throughputCollector()) {
            assertThat(fullCollections()).isGreaterThan(before);
        } else {
            assertThat(fullCollections()).as("G1 and the others are left alone").isEqualTo(before);
        }
    }
}
