package org.rebook.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.rebook.common.RecentWorkspaces;
import org.rebook.service.DemoIncident;
import org.rebook.ui.tasks.TaskRunner;

/** The JavaFX application. */
public final class RebookApp extends Application {
    private static volatile Path initialWorkspace;
    private static volatile boolean selfTest;

    private static volatile int benchPresses;
    private static volatile Path benchImport;

    static void launchWith(Path workspace, boolean selfTestOnly) {
        initialWorkspace = workspace;
        selfTest = selfTestOnly;
        Application.launch(RebookApp.class);
    }

    static void benchWith(Path workspace, int presses, Path importPath) {
        benchPresses = presses;
        benchImport = importPath;
        launchWith(workspace, false);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(TaskRunner.background(), new RecentWorkspaces());
        MainWindow window = new MainWindow(stage, context, new DemoIncident());
        window.show(initialWorkspace);
        if (benchPresses > 0) {
            new org.rebook.ui.bench.UiBench(window, benchPresses, benchImport)
                    .runningWhile(() -> context.taskState().runningProperty().get()).start();
        }
        if (selfTest) {
            // Installer smoke test: prove a window opens (and how fast), then quit.
            javafx.application.Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("Window shown: " + stage.getTitle() + " (" + ms + " ms after start)");
                javafx.application.Platform.exit();
            });
        }
    }
}
