package org.rebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rebook.ingest.calendar.IcsReader;
import org.rebook.ingest.mail.MailReaders;
import org.rebook.ingest.stripe.StripeCsvReader;
import org.rebook.task.CancelledException;
import org.rebook.task.Progress;
import org.rebook.common.Sha256;
import org.rebook.workspace.Workspace;

/** Imports files and folders into a workspace, recognising each file's format from its content. */
public final class Importer {
    private final Workspace workspace;
    private final ZoneId businessZone;
    private final ImportKeeper keep;

    public Importer(Workspace workspace, ZoneId businessZone) {
        this(workspace, businessZone, null);
    }

    /**
     * An importer that also hands {@code keep} the reading and provenance of every record it stores, by id, batch
     * by batch once committed (from the writer thread), so a reconcile and export right after need not read them back.
     */
    public Importer(Workspace workspace, ZoneId businessZone,
                    ImportKeeper keep) {
        this.workspace = workspace;
        this.businessZone = businessZone;
        this.keep = keep;
    }

    /** Thrown when a path given by the user does not exist or cannot be read at all. */
    public static final class InputException extends IOException {
        public InputException(String message) { super(message); }
    }

    public ImportReport importPaths(List<Path> paths, Progress progress) throws IOException {
        List<Path> files = expand(paths);
        List<FileReport> reports = new ArrayList<>();
        boolean cancelled = false;
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.update("Importing " + file, i, files.size());
                importFile(file, file.toString(), reports, progress);
            }
        } catch (CancelledException e) {
            cancelled = true;
        } finally {
            workspace.records().importDone();
        }
        ImportReport report = new ImportReport(reports, cancelled);
        workspace.journal().append("import", report.summary());
        return report;
    }

    /**
     * Imports from a live source through the same batching, idempotency and quarantine as files.
     * {@code sourceName} identifies the channel (it stands where a file name would).
     */
    public ImportReport importLive(String sourceName, SourceFormat format, LiveReader reader, Progress progress) throws IOException {
        BatchingSink sink = new BatchingSink(workspace, progress, sourceName, keep);
        boolean cancelled = false;
        try (sink) {
            reader.read(sink, progress);
            sink.flush();
        } catch (CancelledException e) {
            cancelled = true;
        } finally {
            workspace.records().importDone();
        }
        FileReport file = new FileReport(sourceName, format, sink.imported(), sink.duplicate(), sink.quarantined(), null);
        workspace.inTransaction(() -> {
            workspace.records().recordFile(sourceName, Sha256.of(sourceName), format.name(), sink.imported(), sink.duplicate(),
                    sink.quarantined());
            return null;
        });
        ImportReport report = new ImportReport(List.of(file), cancelled);
        workspace.journal().append("import", format.label() + " " + sourceName + ": " + report.summary());
        return report;
    }

    private void importFile(Path file, String displayName, List<FileReport> reports, Progress progress) throws IOException {
        progress.checkCancelled();
        SourceFormat format = FormatDetector.detect(file);
        String sha = Sha256.ofFile(file);
        SourceReader reader = switch (format) {
            case STRIPE_PAYMENTS_CSV -> new StripeCsvReader();
            case ICALENDAR -> new IcsReader();
            case MBOX -> MailReaders.MBOX;
            case EML -> MailReaders.EML;
            case ZIP, UNKNOWN, STRIPE_API, GOOGLE_CALENDAR_API, IMAP -> null;
        };
        if (format == SourceFormat.ZIP) {
            importZip(file, displayName, reports, progress);
            return;
        }
        if (reader == null) {
            reports.add(new FileReport(displayName, format, 0, 0, 0,
                    "skipped: not a Stripe payments export, calendar (.ics), mbox or mail message"));
            return;
        }
        BatchingSink sink = new BatchingSink(workspace, progress, displayName, keep);
        String note = null;
        try (sink) {
            try {
                reader.read(new SourceFile(file, displayName, sha), businessZone, sink);
            } catch (IOException e) {
                note = "file could not be read: " + e.getMessage();
            }
            sink.flush();
        }
        workspace.inTransaction(() -> {
            workspace.records().recordFile(displayName, sha, format.name(), sink.imported(), sink.duplicate(),
                    sink.quarantined());
            return null;
        });
        reports.add(new FileReport(displayName, format, sink.imported(), sink.duplicate(), sink.quarantined(), note));
    }

    /** A Google Calendar export is a ZIP of .ics files; any ZIP of sources is read member by member. */
    private void importZip(Path zip, String displayName, List<FileReport> reports, Progress progress) throws IOException {
        Path temp = Files.createTempDirectory("rebook-zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            List<String[]> members = new ArrayList<>();
            int n = 0;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("__MACOSX/") || Path.of(name).getFileName().toString().startsWith(".")) {
                    continue;
                }
                Path target = temp.resolve("m" + (n++));
                copy(in, target);
                members.add(new String[] {target.toString(), name});
            }
            members.sort(Comparator.comparing(m -> m[1]));
            for (String[] m : members) importFile(Path.of(m[0]), displayName + "!/" + m[1], reports, progress);
        } finally {
            try (Stream<Path> s = Files.walk(temp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A file or folder name starting with "." anywhere under the chosen folder (.DS_Store, .git, …). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** Files under the given paths, sorted, skipping hidden files (.DS_Store and friends). */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new InputException("No such file or folder: " + p);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f)))
                            .sorted().forEach(out::add);
                }
            } else {
                if (!Files.isReadable(p)) throw new InputException("Cannot read " + p);
                out.add(p);
            }
        }
        return out;
    }
}
