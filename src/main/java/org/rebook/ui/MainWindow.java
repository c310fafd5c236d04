package org.rebook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;

/** Placeholder until the screens land. */
final class MainWindow {
    private final Stage stage;

    MainWindow(Stage stage) { this.stage = stage; }

    void show(Path workspace) {
        stage.setTitle("Rebook");
        stage.show();
    }
}
