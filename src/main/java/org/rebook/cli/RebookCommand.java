package org.rebook.cli;

import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand. */
@Command(name = "rebook", mixinStandardHelpOptions = true, version = "Rebook 0.1.0",
        description = "Recover reservations from Stripe, calendar and mail exports after an outage.",
        subcommands = {StartCommand.class, RecoverCommand.class, ImportCommand.class, ReconcileCommand.class,
                ExportCommand.class, StatusCommand.class, GuiCommand.class, DemoCommand.class, BenchCommand.class,
                BenchUiCommand.class, TemplatesCommand.class})
final class RebookCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
