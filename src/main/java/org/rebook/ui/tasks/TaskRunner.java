package org.rebook.ui.tasks;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.rebook.task.CancelledException;
import org.rebook.task.Job;
import org.rebook.task.Progress;

/**
 * Runs UI-free {@link Job}s off the FX thread and reports back on it. Tests build it with
 * {@link #inline()} so jobs run synchronously and assertions see their results at once.
 */
public final class TaskRunner {
    private final Executor executor;
    private final boolean inline;

    private TaskRunner(Executor executor, boolean inline) {
        this.executor = executor;
        this.inline = inline;
    }

    public static TaskRunner background() {
        return new TaskRunner(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rebook-worker");
            t.setDaemon(true);
            return t;
        }), false);
    }

    public static TaskRunner inline() { return new TaskRunner(Runnable::run, true); }

    /** Runs {@code job}; exactly one of the callbacks runs afterwards, on the FX thread. */
    public <T> void run(String title, Job<T> job, TaskState state, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        state.cancelRequested.set(false);
        state.runningProperty().set(true);
        state.messageProperty().set(title);
        state.progressProperty().set(-1);
        Progress progress = new Progress() {
            private long lastUpdate;

            @Override
            public void update(String message, long done, long total) {
                long now = System.nanoTime();
                if (!inline && now - lastUpdate < 50_000_000L) return; // keep the FX thread free: at most 20 updates/s
                lastUpdate = now;
                double value = total > 0 ? (double) done / total : -1;
                fx(() -> {
                    state.messageProperty().set(message);
                    state.progressProperty().set(value);
                });
            }

            @Override
            public boolean cancelled() { return state.cancelRequested.get(); }
        };
        executor.execute(() -> {
            try {
                T result = job.run(progress);
                fx(() -> {
                    state.runningProperty().set(false);
                    state.progressProperty().set(0);
                    state.messageProperty().set(title + " — done");
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                fx(() -> {
                    state.runningProperty().set(false);
                    state.progressProperty().set(0);
                    state.messageProperty().set(e instanceof CancelledException ? title + " — cancelled" : title + " — failed");
                    onFailure.accept(e);
                });
            }
        });
    }

    private void fx(Runnable r) {
        if (inline || Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }
}
