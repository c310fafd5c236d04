package org.rebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a demo incident with its truth. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a realistic demo incident (Stripe CSV, .ics calendars, mbox) and its ground truth.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--reservations", defaultValue = "300", paramLabel = "N", description = "True bookings (default: ${DEFAULT-VALUE}).")
    int reservations;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--noise", defaultValue = "medium", paramLabel = "LEVEL",
            description = "How messy: low, medium or high (default: ${DEFAULT-VALUE}).")
    String noise;

    @Override
    public Integer call() throws Exception {
        if (reservations < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--reservations must be at least 1");
        DemoGenerator.Result r = new DemoGenerator().generate(new DemoConfig(reservations, seed, DemoConfig.defaultIncident(), org.rebook.demo.Noise.of(noise)), out);
        var o = spec.commandLine().getOut();
        o.println("Demo incident: " + r.bookings() + " bookings, " + r.records() + " source records");
        o.println("Sources: " + r.sources().toAbsolutePath());
        o.println("Truth:   " + r.truth().toAbsolutePath());
        o.println("Incident time: " + DemoConfig.defaultIncident().toOffsetDateTime()
                + "  (use --as-of " + DemoConfig.defaultIncident().toLocalDateTime() + " --timezone " + DemoConfig.DEFAULT_ZONE + ")");
        return 0;
    }
}
