package org.rebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The collection is asked for only where it pays: a large incident, under the command line's collector. */
class HeapSettlingTest {
    private static final String[] OLD_GENERATION = {"PS MarkSweep", "G1 Old Generation", "MarkSweepCompact"};

    @Test
    void aCollectionPaysOnlyWhenTheOldGenerationIsOverHalfFull() {
        long gib = 1L << 30;
        assertThat(HeapSettling.worthCollecting(gib, gib * 3 / 2)).as("the readings fill it").isTrue();
        assertThat(HeapSettling.worthCollecting(gib / 2, gib * 3 / 2)).as("the collector just ran").isFalse();
        assertThat(HeapSettling.worthCollecting(gib, -1)).as("no maximum known").isFalse();
    }

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
    void aLargeIncidentIsCollectedOnlyUnderTheThroughputCollectorAndOnlyWhenTheOldGenerationIsOverHalfFull() {
        long before = fullCollections();
        boolean throughput = throughputCollector();
        java.lang.management.MemoryUsage old = !throughput ? null : ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("PS Old Gen")).findFirst().orElseThrow().getUsage();
        HeapSettling.readingsLetGo(HeapSettling.MIN_RECORDS);
        if (throughput) {
            boolean full = HeapSettling.worthCollecting(old.getUsed(), old.getMax());
            assertThat(fullCollections()).isEqualTo(full ? before + 1 : before);
        } else {
            assertThat(fullCollections()).as("G1 and the others are left alone").isEqualTo(before);
        }
    }
}
