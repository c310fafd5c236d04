package org.rebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderPipelineTest {

    @Test
    void handsOverInSubmissionOrderWhenPiecesFinishOutOfOrder() throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Integer> delivered = new ArrayList<>();
        try (InOrderPipeline<Integer, Integer> pipeline = new InOrderPipeline<>(i -> {
            sleepMillis((i * 7) % 5); // later pieces often finish first
            return i * 10;
        }, delivered::add, 4, threads)) {
            for (int i = 0; i < 200; i++) pipeline.submit(i);
            pipeline.finish();
        } finally {
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(delivered).containsExactlyElementsOf(IntStream.range(0, 200).map(i -> i * 10).boxed().toList());
    }

    @Test
    void theReaderDoesTheWorkItselfWhenThePoolNeverGetsToIt() {
        List<Runnable> neverRun = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        List<Integer> undelivered = new ArrayList<>();
        AtomicInteger submitted = new AtomicInteger();
        try (InOrderPipeline<Integer, String> pipeline = new InOrderPipeline<>(i -> "piece " + i, delivered::add, 3,
                neverRun::add)) {
            for (int i = 0; i < 10; i++) {
                pipeline.submit(i);
                undelivered.add(submitted.incrementAndGet() - delivered.size());
            }
            pipeline.finish();
        }
        assertThat(delivered).containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "piece " + i).toList());
        assertThat(undelivered).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(neverRun).hasSize(10); // every piece was offered to the pool
    }

    @Test
    void aFailingPieceIsThrownToTheReaderAtItsTurnAfterThePiecesBeforeIt() {
        List<Integer> delivered = new ArrayList<>();
        InOrderPipeline<Integer, Integer> pipeline = new InOrderPipeline<>(i -> {
            if (i == 3) throw new IllegalStateException("piece 3 is broken");
            return i;
        }, delivered::add, 8, piece -> { }); // all six wait for finish(), which works and hands over in turn
        assertThatThrownBy(() -> submitAndFinish(pipeline, 0, 1, 2, 3, 4, 5)).hasMessage("piece 3 is broken");
        assertThat(delivered).containsExactly(0, 1, 2);
    }

    @Test
    void closingDropsPiecesNoThreadHasStarted() {
        List<Runnable> pool = new ArrayList<>();
        List<Integer> worked = Collections.synchronizedList(new ArrayList<>());
        List<Integer> delivered = new ArrayList<>();
        try (InOrderPipeline<Integer, Integer> pipeline = new InOrderPipeline<>(i -> {
            worked.add(i);
            return i;
        }, delivered::add, 5, pool::add)) {
            for (int i = 0; i < 4; i++) pipeline.submit(i);
        } // a reader stopping early (cancelled) closes without finishing
        pool.forEach(Runnable::run); // the pool gets to them only afterwards
        assertThat(worked).isEmpty();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aFailingHandOverStopsTheReader() {
        List<Integer> delivered = new ArrayList<>();
        try (InOrderPipeline<Integer, Integer> pipeline = new InOrderPipeline<>(i -> i, i -> {
            if (i == 2) throw new IllegalStateException("cancelled");
            delivered.add(i);
        }, 1, Runnable::run)) {
            assertThatThrownBy(() -> submitAndFinish(pipeline, 0, 1, 2, 3)).hasMessage("cancelled");
        }
        assertThat(delivered).containsExactly(0, 1);
    }

    private static void submitAndFinish(InOrderPipeline<Integer, Integer> pipeline, int... pieces) {
        for (int p : pieces) pipeline.submit(p);
        pipeline.finish();
    }

    private static void sleepMillis(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
