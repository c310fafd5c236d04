package org.rebook.ui;

import java.nio.file.Path;

/** Starts the JavaFX application; the only door from the CLI into the UI. */
public final class GuiLauncher {
    private GuiLauncher() { }

    public static void launch(Path workspace) {
        RebookApp.launchWith(workspace);
    }
}
