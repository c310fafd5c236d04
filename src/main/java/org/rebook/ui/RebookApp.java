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

    static void launchWith(Path workspace, boolean selfTestOnly) {
        initialWorkspace = workspace;
        selfTest = selfTestOnly;
        Application.launch(RebookApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(TaskRunner.background(), new RecentWorkspaces());
        new MainWindow(stage, context, new DemoIncident()).show(initialWorkspace);
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
