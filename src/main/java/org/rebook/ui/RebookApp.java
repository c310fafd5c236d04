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

    static void launchWith(Path workspace) {
        initialWorkspace = workspace;
        Application.launch(RebookApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(TaskRunner.background(), new RecentWorkspaces());
        new MainWindow(stage, context, new DemoIncident()).show(initialWorkspace);
    }
}
