package org.rebook.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code java -jar rebook.jar}. With no command it opens the GUI, or, without a display,
 * recovers the demo incident headless and says where the bundle is.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"start"} : args;
        System.exit(commandLine().execute(effective));
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new RebookCommand());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Input that stopped the run: say which file and why, exit 1 (usage errors exit 2 via picocli).
            commandLine.getErr().println("rebook: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("rebook.debug")) ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cmd;
    }
}
