package org.rebook.ui;

import java.nio.file.Path;

/** Starts the JavaFX application; the only door from the CLI into the UI. */
public final class GuiLauncher {
    private GuiLauncher() { }

    public static void launch(Path workspace) {
        RebookApp.launchWith(workspace, false);
    }

    /** Opens the window on {@code workspace}, measures key and import responsiveness, prints them, exits. */
    public static void bench(Path workspace, int presses, Path importPath) {
        RebookApp.benchWith(workspace, presses, importPath);
    }

    /** Opens the window, reports that it is shown and how fast, and exits: for installer smoke tests. */
    public static void selfTest(Path workspace) {
        RebookApp.launchWith(workspace, true);
    }
}
