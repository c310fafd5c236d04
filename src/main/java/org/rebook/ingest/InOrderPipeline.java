package org.rebook.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on pieces of a file on the pool's threads while the reader goes on splitting the file and handing
 * results over, each in the order its piece was given. Parsing a batch at once and then handing it over left a
 * core idle during each hand-over (and each split): a reader is one thread that has serial work to do between
 * the parallel parts. Here the pool keeps parsing ahead while the reader hands over, and when too many pieces
 * are in flight the reader parses one itself instead of waiting. Single-threaded use: only the reader calls it.
 */
public final class InOrderPipeline<I, O> implements AutoCloseable {
    /**
     * Pieces a reader lets wait, parsed or not yet handed over: enough to keep the pool busy. What waits outlives a
     * young collection and is promoted; with 16 a 100k import ended in a full collection (docs/benchmarks.md).
     */
    public static final int PIECES_AHEAD = 4;

    private final Function<I, O> work;
    private final Consumer<O> deliver;
    private final int maxInFlight;
    private final Executor pool;
    private final Deque<Piece<I, O>> inFlight = new ArrayDeque<>();

    /**
     * {@code work} runs on any thread and must be safe to run on several at once; {@code deliver} runs on the
     * caller's thread only, in submission order. At most {@code maxInFlight} pieces wait unhanded.
     */
    public InOrderPipeline(Function<I, O> work, Consumer<O> deliver, int maxInFlight) {
        this(work, deliver, maxInFlight, ForkJoinPool.commonPool());
    }

    InOrderPipeline(Function<I, O> work, Consumer<O> deliver, int maxInFlight, Executor pool) {
        if (maxInFlight < 1) throw new IllegalArgumentException("maxInFlight must be at least 1");
        this.work = work;
        this.deliver = deliver;
        this.maxInFlight = maxInFlight;
        this.pool = pool;
    }

    /** Queues {@code input}; hands over whatever is done, in order, and keeps at most the limit in flight. */
    public void submit(I input) {
        Piece<I, O> piece = new Piece<>(input, work);
        inFlight.addLast(piece);
        pool.execute(piece::runUnlessTaken);
        deliverDone();
        while (inFlight.size() > maxInFlight) {
            helpOrWait();
            deliverDone();
        }
    }

    /** Hands over every piece still in flight, in order. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            helpOrWait();
            deliverDone();
        }
    }

    /** Pieces not started are dropped (a reader stopped early: cancelled, or its sink failed). */
    @Override
    public void close() {
        for (Piece<I, O> p : inFlight) p.taken.set(true);
        inFlight.clear();
    }

    private void deliverDone() {
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) deliver.accept(inFlight.removeFirst().result());
    }

    /** Runs the oldest piece no thread has taken; when every piece is taken, waits for the oldest. */
    private void helpOrWait() {
        for (Piece<I, O> p : inFlight) {
            if (p.runUnlessTaken()) return;
        }
        inFlight.peekFirst().await();
    }

    private static final class Piece<I, O> {
        private final I input;
        private final Function<I, O> work;
        final AtomicBoolean taken = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private O result;
        private Throwable failed; // a RuntimeException or an Error, thrown again to the reader

        Piece(I input, Function<I, O> work) {
            this.input = input;
            this.work = work;
        }

        /** Runs the piece if no other thread has; true when this call ran it. */
        boolean runUnlessTaken() {
            if (!taken.compareAndSet(false, true)) return false;
            try {
                result = work.apply(input);
            } catch (RuntimeException | Error e) {
                failed = e;
            } finally {
                done.countDown(); // publishes result and failure to the reader (happens-before of the latch)
            }
            return true;
        }

        boolean isDone() { return done.getCount() == 0; }

        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the piece is someone's to finish; keep the interrupt for the caller
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }

        O result() {
            if (failed instanceof RuntimeException e) throw e;
            if (failed instanceof Error e) throw e;
            return result;
        }
    }
}
