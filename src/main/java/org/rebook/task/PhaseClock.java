package org.rebook.task;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Progress} that measures how long each step of a run takes: a step starts when the progress message
 * changes to one not seen before (counts after the message, such as "Importing x (1200)", are one step). Used by
 * {@code rebook bench --phases} to say where the time goes without a profiler. Beside the wall time it takes the
 * process's CPU time (all threads: how many cores the step kept busy), the garbage collector's pauses and the JIT
 * compilers' time, as the JVM reports them.
 */
public final class PhaseClock implements Progress {
    /** One step's totals, in seconds. */
    public record Step(String name, double seconds, double cpuSeconds, double gcSeconds, double jitSeconds) { }

    private final Map<String, long[]> totals = new LinkedHashMap<>();
    private String current;
    private long[] since;

    @Override
    public void update(String message, long done, long total) {
        if (message.equals(current)) return;
        long[] now = now();
        stop(now);
        current = message;
        since = now;
    }

    @Override
    public boolean cancelled() { return false; }

    /** Ends the step under way (call when the measured work is over). */
    public void stop() { stop(now()); }

    private void stop(long[] now) {
        if (current != null) {
            long[] sum = totals.computeIfAbsent(current, k -> new long[now.length]);
            for (int i = 0; i < now.length; i++) sum[i] += now[i] - since[i];
        }
        current = null;
    }

    /** Steps in the order they first began, each with its totals. */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        totals.forEach((step, t) -> out.add(new Step(step, t[0] / 1e9, t[1] / 1e9, t[2] / 1e3, t[3] / 1e3)));
        return out;
    }

    /** Wall nanoseconds, process CPU nanoseconds (-1 when unknown), GC milliseconds, JIT milliseconds. */
    private static long[] now() {
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) gc += Math.max(0, b.getCollectionTime());
        var jit = ManagementFactory.getCompilationMXBean();
        long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        return new long[] {System.nanoTime(), processCpuNanos(), gc, jitMillis};
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
