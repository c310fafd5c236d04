package org.rebook.ui.tasks;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rebook.task.CancelledException;
import org.rebook.task.Job;
import org.rebook.task.Progress;

/**
 * Runs UI-free {@link Job}s off the FX thread as JavaFX {@link Task}s (so the jobs panel can show and cancel
 * them) and reports back on the FX thread. Tests build it with {@link #inline()} so jobs run synchronously
 * and assertions see their results at once.
 */
public final class TaskRunner {
    private static final boolean TRACE = Boolean.getBoolean("rebook.traceFx");

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
        long started = System.nanoTime();
        JobTask<T> task = new JobTask<>(title, job, state, inline);
        Consumer<Runnable> finish = callback -> fx(() -> {
            long t0 = System.nanoTime();
            state.runningProperty().set(false);
            state.progressProperty().set(0);
            state.tasks().remove(task);
            callback.run();
            // -Drebook.traceFx=true: how long each job's result held the FX thread (what bench-ui's stalls are made of).
            if (TRACE) System.err.printf(java.util.Locale.ROOT, "fx: %s result applied in %.1f ms%n", title, (System.nanoTime() - t0) / 1e6);
        });
        if (!inline) state.tasks().add(task);
        executor.execute(() -> {
            try {
                T result = task.runJob();
                finish.accept(() -> {
                    state.messageProperty().set(title + " — done");
                    state.finished(title + " — done", System.nanoTime() - started, true);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                boolean cancelled = e instanceof CancelledException;
                finish.accept(() -> {
                    String message = title + (cancelled ? " — cancelled" : " — failed");
                    state.messageProperty().set(message);
                    state.finished(message + (cancelled ? "" : ": " + e.getMessage()), System.nanoTime() - started, false);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void fx(Runnable r) {
        if (inline || Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    /**
     * A job as the jobs panel (ControlsFX TaskProgressView) sees it: title, message, progress, and a cancel
     * button that asks the job to stop at its next check. Never interrupts the worker: an interrupt would
     * close the workspace database's file channel.
     */
    static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final TaskState state;
        private final boolean inline;
        private long lastUpdate;

        JobTask(String title, Job<T> job, TaskState state, boolean inline) {
            this.job = job;
            this.state = state;
            this.inline = inline;
            updateTitle(title);
        }

        @Override
        protected T call() { throw new UnsupportedOperationException("run through runJob()"); }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            state.cancel();
            return true;
        }

        T runJob() throws Exception {
            return job.run(new Progress() {
                @Override
                public void update(String message, long done, long total) {
                    long now = System.nanoTime();
                    if (!inline && now - lastUpdate < 50_000_000L) return; // at most 20 updates a second reach the FX thread
                    lastUpdate = now;
                    double value = total > 0 ? (double) done / total : -1;
                    if (inline) {
                        state.messageProperty().set(message);
                        state.progressProperty().set(value);
                        return;
                    }
                    updateMessage(message);
                    if (total > 0) updateProgress(done, total);
                    else updateProgress(-1, -1);
                    Platform.runLater(() -> {
                        state.messageProperty().set(message);
                        state.progressProperty().set(value);
                    });
                }

                @Override
                public boolean cancelled() { return state.cancelRequested.get(); }
            });
        }
    }
}
