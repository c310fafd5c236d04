package org.rebook.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class RebookApp extends Application {
    private static volatile Path initialWorkspace;

    static void launchWith(Path workspace) {
        initialWorkspace = workspace;
        Application.launch(RebookApp.class);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(stage).show(initialWorkspace);
    }
}
