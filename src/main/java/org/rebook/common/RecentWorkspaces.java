package org.rebook.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The workspaces a user opened lately, newest first, kept in the user-data folder (paths only, no secrets). */
public final class RecentWorkspaces {
    private static final int MAX = 10;

    private final Path file;

    public RecentWorkspaces() { this(UserDirs.dataDir().resolve("recent-workspaces.txt")); }

    public RecentWorkspaces(Path file) { this.file = file; }

    public List<Path> list() {
        if (!Files.exists(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(Path::of)
                    .filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return List.of(); // a broken list must never stop the app from starting
        }
    }

    public void remember(Path workspace) {
        List<Path> paths = new ArrayList<>(list());
        Path abs = workspace.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, paths.stream().limit(MAX).map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // not worth failing an open over; the list is a convenience
        }
    }
}
