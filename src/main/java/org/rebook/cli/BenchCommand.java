package org.rebook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rebook.demo.DemoConfig;
import org.rebook.demo.DemoEvaluation;
import org.rebook.demo.DemoGenerator;
import org.rebook.service.RecoveryService;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures recovery speed, memory and quality on generated incidents; prints a Markdown table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate demo incidents, recover them, and report time, peak heap and quality against the truth.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reservations", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N…]",
            description = "Incident sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--noise", split = ",", defaultValue = "medium", paramLabel = "LEVEL[,LEVEL…]",
            description = "Noise levels to run: low, medium, high (default: ${DEFAULT-VALUE}).")
    List<String> noises;

    @Option(names = "--calibration", description = "Also print, per run, the share of exactly right reservations by confidence band.")
    boolean calibration;

    @Option(names = "--keep", description = "Keep each run's generated incident, workspace and bundle (default: deleted).")
    boolean keep;

    @Option(names = "--phases", description = "Also print, per run, the seconds each step took (import per file, reading, estimating, linking, saving, export).")
    boolean phases;

    @Option(names = "--extraction", description = "Also print, per run, mail extraction precision/recall per field and language.")
    boolean extraction;

    private static void printPhases(PrintWriter out, String level, int n, org.rebook.task.PhaseClock clock) {
        out.println();
        out.println("Steps, " + level + " noise, " + n + " reservations:");
        out.println("| step | seconds | CPU seconds (all threads) | cores busy | GC pauses s | JIT compiling s |");
        out.println("|---|---|---|---|---|---|");
        clock.steps().forEach(s -> out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.1f | %.1f |",
                s.name().replaceAll("\\S*/", ""), s.seconds(), s.cpuSeconds(),
                s.seconds() > 0 ? s.cpuSeconds() / s.seconds() : 0, s.gcSeconds(), s.jitSeconds())));
        out.println();
    }

    private static void printExtraction(PrintWriter out, String level, int n, DemoGenerator.Result demo, DemoConfig config)
            throws java.io.IOException {
        List<org.rebook.demo.ExtractionEvaluation.Score> scores =
                org.rebook.demo.ExtractionEvaluation.evaluate(demo.sources(), demo.truth(), config.zone());
        List<String> languages = scores.stream().map(org.rebook.demo.ExtractionEvaluation.Score::language).distinct()
                .sorted(java.util.Comparator.comparing((String l) -> l.equals("all")).thenComparing(l -> l)).toList();
        out.println();
        out.println("Mail extraction, " + level + " noise, " + n + " reservations: precision / recall per field (booking mails stated)");
        out.println("| field | " + String.join(" | ", languages) + " |");
        out.println("|---|" + "---|".repeat(languages.size()));
        scores.stream().map(org.rebook.demo.ExtractionEvaluation.Score::field).distinct().forEach(field -> {
            StringBuilder row = new StringBuilder("| " + field + " |");
            for (String lang : languages) {
                scores.stream().filter(s -> s.language().equals(lang) && s.field().equals(field)).findFirst()
                        .ifPresent(s -> row.append(String.format(Locale.ROOT, " %.3f / %.3f |", s.precision(), s.recall())));
            }
            out.println(row);
        });
        out.println("| mails | " + languages.stream().map(l -> String.valueOf(scores.stream()
                .filter(s -> s.language().equals(l) && s.field().equals("reference")).mapToInt(
                        org.rebook.demo.ExtractionEvaluation.Score::stated).sum())).reduce((a, b) -> a + " | " + b).orElse("") + " |");
        out.println();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> calibrationRows = new java.util.ArrayList<>();
        out.println("| noise | reservations | records | import s | reconcile s | export s | total s | peak heap MiB | pairwise P | pairwise R | F1 | B³ P | B³ R | B³ F1 | recovered | recovered ≤7 d | status ok | pickup ok | vehicle ok | total ok | lost |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> blockingRows = new java.util.ArrayList<>();
        java.util.Set<String> blockingRules = java.util.Set.of();
        for (String level : noises) for (int n : sizes) {
            Path dir = Files.createTempDirectory("rebook-bench");
            DemoConfig config = new DemoConfig(n, seed, DemoConfig.defaultIncident(), org.rebook.demo.Noise.of(level));
            DemoGenerator.Result demo = new DemoGenerator().generate(config, dir.resolve("incident"));
            System.gc();
            org.rebook.task.PhaseClock clock = new org.rebook.task.PhaseClock();
            HeapSampler heap = HeapSampler.begin();
            long t0 = System.nanoTime();
            long t1, t2, t3;
            try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
                RecoveryService service = new RecoveryService(ws, config.zone());
                service.importForReconcile(List.of(demo.sources()), clock);
                t1 = System.nanoTime();
                // As `recover` does: the bundle is written from the result in memory while it is stored.
                long[] saved = new long[1];
                org.rebook.model.ReconcileResult result = service.reconcileAndExport(clock, dir.resolve("bundle"),
                        config.incidentAt().toOffsetDateTime(), () -> {
                            saved[0] = System.nanoTime();
                            clock.update("Finishing the export bundle", 0, -1);
                        }).result();
                t3 = System.nanoTime();
                t2 = saved[0];
                java.util.Map<String, Long> pairs = result.blockingPairs();
                blockingRules = pairs.keySet();
                blockingRows.add("| " + level + " | " + n + " | " + pairs.values().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" | ")) + " | "
                        + pairs.values().stream().mapToLong(Long::longValue).sum() + " |");
                clock.stop();
            }
            long peak = heap.finish();
            DemoEvaluation.Scores s = DemoEvaluation.evaluate(demo.truth(), dir.resolve("bundle"), config.incidentAt().toOffsetDateTime());
            out.println(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d |",
                    level, n, s.records(), sec(t1 - t0), sec(t2 - t1), sec(t3 - t2), sec(t3 - t0), peak / (1024 * 1024),
                    s.precision(), s.recall(), s.f1(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(),
                    s.recoveredRate(), s.recoveredSoonRate(), s.statusAccuracy(),
                    s.pickupAccuracy(), s.vehicleAccuracy(), s.totalAccuracy(), s.lostRecords()));
            out.flush();
            if (phases) printPhases(out, level, n, clock);
            if (extraction) printExtraction(out, level, n, demo, config);
            if (calibration) {
                for (DemoEvaluation.CalibrationBand b : DemoEvaluation.calibration(demo.truth(), dir.resolve("bundle"))) {
                    calibrationRows.add(String.format(Locale.ROOT, "| %s | %d | %.2f–%.2f | %d | %s |", level, n, b.from(), b.to(),
                            b.reservations(), b.reservations() == 0 ? "—" : String.format(Locale.ROOT, "%.4f", b.accuracy())));
                }
            }
            if (keep) {
                spec.commandLine().getErr().println("Kept " + dir);
            } else {
                deleteScratch(dir); // the bench's own scratch copy: a 100k run leaves 2–4 GB
            }
        }
        out.println();
        out.println("Pairs proposed by each blocking rule (a pair two rules propose counts for both):");
        out.println();
        out.println("| noise | reservations | " + String.join(" | ", blockingRules) + " | all rules |");
        out.println("|---".repeat(blockingRules.size() + 3) + "|");
        blockingRows.forEach(out::println);
        if (calibration) {
            out.println();
            out.println("| noise | reservations | confidence | reservations in band | exactly right |");
            out.println("|---|---|---|---|---|");
            calibrationRows.forEach(out::println);
        }
        return 0;
    }

    private static double sec(long nanos) { return nanos / 1e9; }

    private static void deleteScratch(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Samples used heap every 10 ms on a daemon thread; the maximum is the peak. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            HeapSampler s = new HeapSampler();
            s.setDaemon(true);
            s.start();
            return s;
        }

        @Override
        public void run() {
            var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
