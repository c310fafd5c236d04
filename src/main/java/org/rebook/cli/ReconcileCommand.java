package org.rebook.cli;

import java.util.concurrent.Callable;
import org.rebook.model.ReconcileResult;
import org.rebook.model.ReviewState;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Rebuilds reservations from everything imported. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Link imported records into reservations (deterministic; re-run after new imports).")
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @picocli.CommandLine.Option(names = "--show-weights",
            description = "Print each comparison level's weight as estimated from this incident (prior, estimate, pairs behind it),"
                    + " and which payment descriptions it takes for bookings' payments.")
    boolean showWeights;

    @Override
    public Integer call() throws java.io.IOException {
        try (Workspace ws = Workspace.open(options.workspace)) {
            if (options.templates != null) new org.rebook.service.TemplateService(ws).importFile(options.templates);
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            ReconcileResult result = service.reconcile(new ConsoleProgress(spec.commandLine().getErr(), options.quiet));
            spec.commandLine().getOut().println(describe(result));
            if (showWeights) {
                org.rebook.reconcile.Scoring learnt = org.rebook.reconcile.Scoring.decode(ws.scoring().get().orElse(""));
                spec.commandLine().getOut().print(learnt.weights().describe());
                spec.commandLine().getOut().println(learnt.describeCalibration());
                spec.commandLine().getOut().print(learnt.describePurposes());
                spec.commandLine().getOut().println(learnt.describeUnrecorded());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    static String describe(ReconcileResult result) {
        long review = result.reservations().stream().filter(r -> r.reviewState() == ReviewState.NEEDS_REVIEW).count();
        return "Reconcile: " + result.reservations().size() + " reservations (" + review + " need review), "
                + result.unmatched().size() + " unmatched records";
    }
}
