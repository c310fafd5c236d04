package org.rebook.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-user preferences (last folders used), kept as a properties file in the user-data folder. Never holds
 * secrets: API keys and passwords are typed at use time and live only in memory.
 */
public final class UserSettings {
    public static final String LAST_IMPORT_DIR = "last.import.dir";
    public static final String LAST_EXPORT_DIR = "last.export.dir";

    private final Path file;
    private final Properties values = new Properties();

    public UserSettings() { this(UserDirs.dataDir().resolve("settings.properties")); }

    public UserSettings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException e) {
                // unreadable preferences fall back to defaults; they are a convenience only
            }
        }
    }

    public Optional<String> get(String key) { return Optional.ofNullable(values.getProperty(key)); }

    /** An existing folder remembered under {@code key}. */
    public Optional<Path> folder(String key) {
        return get(key).map(Path::of).filter(Files::isDirectory);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "Rebook user settings");
            }
        } catch (IOException e) {
            // not worth interrupting the user's work for
        }
    }
}
