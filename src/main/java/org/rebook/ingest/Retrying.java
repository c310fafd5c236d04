package org.rebook.ingest;

import java.time.Duration;
import java.util.function.Predicate;
import org.rebook.task.CancelledException;
import org.rebook.task.Progress;

/**
 * Retries a call that failed for a passing reason (rate limit, network) with exponential backoff and a
 * bounded number of attempts; other failures go straight to the caller.
 */
public final class Retrying {
    /** A call to a remote service. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T run() throws E;
    }

    private final int attempts;
    private final Duration base;

    public Retrying(int attempts, Duration base) {
        this.attempts = attempts;
        this.base = base;
    }

    public <T, E extends Exception> T call(String what, Call<T, E> call, Predicate<Exception> transientFailure,
                                           Progress progress) throws E {
        for (int attempt = 1; ; attempt++) {
            progress.checkCancelled();
            try {
                return call.run();
            } catch (Exception e) {
                if (attempt >= attempts || !transientFailure.test(e)) throw rethrow(e);
                long wait = Math.min(30_000, base.toMillis() << (attempt - 1));
                progress.update(what + ": waiting " + wait + " ms before retry " + attempt + " (" + e.getClass().getSimpleName() + ")", 0, -1);
                sleep(wait);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Exception e) throws E {
        throw (E) e;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
