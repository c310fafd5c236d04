package org.rebook.service;

import java.lang.management.ManagementFactory;

/**
 * A full collection at the one moment a reconcile's live set is smallest: the records' readings (mail bodies,
 * over half a gigabyte at 100 000 reservations) have just been let go and only their booking facts are kept.
 * Under the throughput collector those readings sit in the old generation, promoted while the import ran, and
 * left alone the collector fills the old generation with them and collects it twice later, during estimation
 * and linking, with a larger live set each time. One collection here instead cut the pauses of a 100k
 * `recover` by 2.2 s on average over four alternating pairs (docs/benchmarks.md). The window's collector (G1)
 * reclaims old regions as it goes, and a full pause there would freeze the window: it is left alone.
 */
final class HeapSettling {
    /** Below this many records the collector's own timing costs little. */
    static final int MIN_RECORDS = 50_000;
    private static final boolean THROUGHPUT_COLLECTOR = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .anyMatch(gc -> gc.getName().startsWith("PS ")); // "PS Scavenge", "PS MarkSweep": -XX:+UseParallelGC

    private HeapSettling() { }

    /** Called once the readings of {@code records} records are garbage. */
    static void readingsLetGo(int records) {
        if (THROUGHPUT_COLLECTOR && records >= MIN_RECORDS) System.gc();
    }
}
