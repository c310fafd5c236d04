package org.rebook.common;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on every core, each thread taking the next item as it finishes the last. A parallel stream splits
 * a list into a few fixed parts up front (on two cores, parts of a quarter of the list), and the caller then waits
 * for the thread whose part held the costlier items: up to a second reading 374 000 records, and on each of the
 * thousands of 64-record batches linking decides. Here a thread waits at most for one item.
 */
public final class EveryCore {
    private EveryCore() { }

    /**
     * {@code f} of each item, in list order. {@code f} must be safe to call from several threads at once. When it
     * throws, the other threads take no further item, and the first failure is thrown once they have stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        int n = items.size();
        Object[] out = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int i; (i = next.getAndIncrement()) < n; ) out[i] = f.apply(items.get(i));
            } catch (RuntimeException | Error e) {
                next.set(n);
                throw e;
            }
        };
        ForkJoinTask<?>[] helping = new ForkJoinTask<?>[Math.max(0, Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1))];
        for (int h = 0; h < helping.length; h++) helping[h] = ForkJoinPool.commonPool().submit(work);
        Throwable failed = null;
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        // A helper nobody started yet finds nothing left; join() also makes its results visible here.
        for (ForkJoinTask<?> h : helping) {
            try {
                h.join();
            } catch (RuntimeException | Error e) {
                if (failed == null) failed = e;
            }
        }
        if (failed instanceof RuntimeException e) throw e;
        if (failed instanceof Error e) throw e;
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) java.util.Arrays.asList(out);
        return result;
    }
}
