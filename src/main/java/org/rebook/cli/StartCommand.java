package org.rebook.cli;

import java.util.concurrent.Callable;
import org.rebook.common.UserDirs;
import org.rebook.export.BundleExporter;
import org.rebook.service.DemoIncident;
import org.rebook.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What a first run does: the GUI when there is a display, else the demo incident recovered headless. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Open the GUI; without a display, recover the demo incident headless.")
final class StartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (UserDirs.hasDisplay()) {
            GuiLauncher.launch(null);
            return 0;
        }
        var out = spec.commandLine().getOut();
        out.println("No display found, so Rebook runs headless: recovering the demo incident.");
        DemoIncident demo = new DemoIncident();
        BundleExporter.Summary s = demo.recover(new ConsoleProgress(spec.commandLine().getErr(), false));
        out.println("Demo sources:   " + demo.sources());
        out.println("Workspace:      " + demo.workspaceDir());
        out.println("Recovered " + s.reservations() + " reservations (" + s.urgent() + " pickups in the next "
                + BundleExporter.URGENT_HOURS + " h), " + s.unmatched() + " unmatched, " + s.quarantined() + " quarantined.");
        out.println("Bundle written to " + s.dir().toAbsolutePath());
        out.println("Next: java -jar target/rebook.jar recover <your files or folders> --out <dir>");
        return 0;
    }
}
