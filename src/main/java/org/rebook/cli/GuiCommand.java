package org.rebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebook.common.UserDirs;
import org.rebook.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the JavaFX window. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Rebook window.")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace to open directly.")
    Path workspace;

    @Option(names = "--self-test", description = "Open the window, print when it is shown, and exit (installer checks).")
    boolean selfTest;

    @Override
    public Integer call() {
        if (!UserDirs.hasDisplay()) {
            throw new IllegalStateException("no display available; use 'rebook recover' or run under a desktop session");
        }
        if (selfTest) GuiLauncher.selfTest(workspace);
        else GuiLauncher.launch(workspace);
        return 0;
    }
}
