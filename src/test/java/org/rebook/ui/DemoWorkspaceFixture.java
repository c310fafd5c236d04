package org.rebook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rebook.service.DemoIncident;
import org.rebook.task.Progress;

/** One recovered demo incident shared by the UI tests (recovering it takes a few seconds). */
final class DemoWorkspaceFixture {
    private static DemoIncident demo;

    private DemoWorkspaceFixture() { }

    static synchronized DemoIncident recovered() {
        if (demo == null) {
            try {
                demo = new DemoIncident(Files.createTempDirectory("rebook-ui-demo"));
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
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
