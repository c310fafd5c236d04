package org.rebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebook.common.UserDirs;
import org.rebook.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Responsiveness of the window on a real workspace: what docs/benchmarks.md reports for the review screen. */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        description = {"Open the window on a workspace and measure: key press to the next review item laid out,",
                "accept to the next item, and the longest FX-thread stall during an import.",
                "It accepts reservations and imports into the workspace: run it on a copy."})
final class BenchUiCommand implements Callable<Integer> {
    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "Workspace to open (a copy: it is changed).")
    Path workspace;

    @Option(names = "--presses", paramLabel = "N", defaultValue = "200", description = "J presses to time (default: ${DEFAULT-VALUE}).")
    int presses;

    @Option(names = "--import", paramLabel = "PATH", description = "Files to import while measuring FX stalls.")
    Path importPath;

    @Override
    public Integer call() {
        if (!UserDirs.hasDisplay()) throw new IllegalStateException("no display available; run under Xvfb (xvfb-run -a rebook bench-ui …)");
        GuiLauncher.bench(workspace, Math.max(1, presses), importPath);
        return 0;
    }
}
