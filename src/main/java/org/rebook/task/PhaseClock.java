package org.rebook.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Progress} that measures how long each step of a run takes: a step starts when the progress message
 * changes to one not seen before (counts after the message, such as "Importing x (1200)", are one step). Used by
 * {@code rebook bench --phases} to say where the time goes without a profiler.
 */
public final class PhaseClock implements Progress {
    private final Map<String, Long> nanosByStep = new LinkedHashMap<>();
    private String current;
    private long since;

    @Override
    public void update(String message, long done, long total) {
        long now = System.nanoTime();
        if (message.equals(current)) return;
        stop(now);
        current = message;
        since = now;
    }

    @Override
    public boolean cancelled() { return false; }

    /** Ends the step under way (call when the measured work is over). */
    public void stop() { stop(System.nanoTime()); }

    private void stop(long now) {
        if (current != null) nanosByStep.merge(current, now - since, Long::sum);
        current = null;
    }

    /** Steps in the order they first began, each with its total seconds. */
    public List<Map.Entry<String, Double>> steps() {
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        nanosByStep.forEach((step, nanos) -> out.add(Map.entry(step, nanos / 1e9)));
        return out;
    }
}
