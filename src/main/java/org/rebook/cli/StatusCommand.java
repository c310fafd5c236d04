package org.rebook.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.rebook.model.Source;
import org.rebook.workspace.Journal;
import org.rebook.workspace.SettingStore;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What a workspace holds. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show what a workspace holds.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "Workspace folder.")
    java.nio.file.Path workspace;

    @Override
    public Integer call() {
        if (!Workspace.exists(workspace)) throw new IllegalArgumentException("no Rebook workspace in " + workspace);
        var out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(workspace)) {
            out.println("Workspace " + ws.name() + " (" + ws.dir() + ")");
            ws.settings().get(SettingStore.TIMEZONE).ifPresent(z -> out.println("Time zone: " + z));
            ws.settings().get(SettingStore.REFERENCE_PATTERN).ifPresent(p -> out.println("Reference pattern: " + p));
            Map<Source, Integer> counts = ws.records().countBySource();
            out.println("Records: " + counts.get(Source.STRIPE) + " stripe, " + counts.get(Source.CALENDAR)
                    + " calendar, " + counts.get(Source.EMAIL) + " email; " + ws.quarantine().count() + " quarantined");
            out.println("Files: " + ws.records().files().size());
            var reservations = ws.results().reservations();
            out.println("Reservations: " + reservations.size() + "; unmatched records: " + ws.results().unmatched().size());
            for (Journal.Entry e : ws.journal().entries()) out.println("  " + e.at() + "  " + e.action() + ": " + e.detail());
            return 0;
        }
    }
}
