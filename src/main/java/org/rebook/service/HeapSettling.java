package org.rebook.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/**
 * A full collection at the one moment a reconcile's live set is smallest: the records' readings (mail bodies,
 * over half a gigabyte at 100 000 reservations) have just been let go and only their booking facts are kept.
 * Under the throughput collector those readings sit in the old generation, promoted while the import ran, and
 * left alone the collector fills the old generation with them and collects it twice later, during estimation
 * and linking, with a larger live set each time. One collection here instead cut the pauses of a 100k
 * `recover` by 2.2 s on average over four alternating pairs (docs/benchmarks.md). It is skipped when the old
 * generation is at most half full: the collector has just run one of its own (while the readings were being
 * read), and a second here frees little for half a second's pause. The window's collector (G1) reclaims old
 * regions as it goes, and a full pause there would freeze the window: it is left alone.
 */
final class HeapSettling {
    /** Below this many records the collector's own timing costs little. */
    static final int MIN_RECORDS = 50_000;
    private static final MemoryPoolMXBean THROUGHPUT_OLD_GENERATION = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getName().equals("PS Old Gen")).findFirst().orElse(null); // only under -XX:+UseParallelGC

    private HeapSettling() { }

    /** Called once the readings of {@code records} records are garbage. */
    static void readingsLetGo(int records) {
        if (THROUGHPUT_OLD_GENERATION == null || records < MIN_RECORDS) return;
        java.lang.management.MemoryUsage old = THROUGHPUT_OLD_GENERATION.getUsage();
        if (worthCollecting(old.getUsed(), old.getMax())) System.gc();
    }

    /** Whether an old generation holding {@code used} of {@code max} bytes is full enough to collect now. */
    static boolean worthCollecting(long used, long max) {
        return max > 0 && used > max / 2;
    }
}
