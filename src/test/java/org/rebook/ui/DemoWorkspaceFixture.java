package org.rebook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rebook.service.DemoIncident;
import org.rebook.task.Progress;

/**
 * One recovered demo incident shared by the UI tests (recovering it takes a few seconds), and the folders the UI
 * tests work in. Those are removed when the test JVM exits: each run left about 40 MB under the temp folder.
 */
final class DemoWorkspaceFixture {
    private static DemoIncident demo;
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(DemoWorkspaceFixture::removeCreated, "ui-test-cleanup"));
    }

    private DemoWorkspaceFixture() { }

    static synchronized DemoIncident recovered() {
        if (demo == null) {
            try {
                demo = new DemoIncident(temp("rebook-ui-demo"));
                demo.recover(Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo;
    }

    /** A private copy of the recovered demo, for tests that change it (decisions). */
    static DemoIncident copy() {
        DemoIncident shared = recovered();
        Path root = temp("rebook-ui-demo-copy");
        try (var files = Files.walk(shared.workspaceDir().getParent())) {
            Path from = shared.workspaceDir().getParent();
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = root.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else if (!p.getFileName().toString().endsWith(".lock.db")) Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoIncident(root);
    }

    static Path temp(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (CREATED) {
                CREATED.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every folder {@link #temp} made, deepest entries first; what cannot be deleted stays. */
    private static void removeCreated() {
        synchronized (CREATED) {
            for (Path dir : CREATED) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // already gone, or unreadable: nothing to clean
                }
            }
        }
    }
}
