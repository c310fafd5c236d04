package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rebook.task.CancelledException;
import org.rebook.ui.tasks.TaskRunner;
import org.rebook.ui.tasks.TaskState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Background jobs show in the jobs panel while they run, can be cancelled from it, and report how they ended. */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {
    @Start
    void start(Stage stage) { }

    @Test
    void aRunningJobIsListedCancelledFromItsTaskAndEndsAsCancelled(FxRobot robot) throws Exception {
        TaskRunner runner = TaskRunner.background();
        TaskState state = new TaskState();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        robot.interact(() -> runner.run("Importing", progress -> {
            started.countDown();
            for (int i = 0; i < 10_000; i++) {
                progress.update("Reading records", i, 10_000);
                if (progress.cancelled()) throw new CancelledException();
                Thread.sleep(5);
            }
            return "finished";
        }, state, r -> ended.countDown(), e -> {
            failure.set(e);
            ended.countDown();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.tasks()).singleElement().satisfies(t -> assertThat(t.getTitle()).isEqualTo("Importing"));

        robot.interact(() -> state.tasks().get(0).cancel());

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failure.get()).isInstanceOf(CancelledException.class);
        assertThat(state.tasks()).isEmpty();
        assertThat(state.finishedProperty().get().message()).isEqualTo("Importing — cancelled");
        assertThat(state.finishedProperty().get().ok()).isFalse();
    }
}
