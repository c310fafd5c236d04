package org.rebook.common;

import java.nio.file.Path;
import java.util.Locale;

/** The platform's per-user data folder for Rebook (settings, recent workspaces, the demo incident). */
public final class UserDirs {
    private UserDirs() { }

    public static Path dataDir() {
        String override = System.getProperty("rebook.home");
        if (override != null) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Rebook");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Rebook");
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "rebook");
    }

    /** True when a graphical session is available (on Linux/BSD: an X11 or Wayland display). */
    public static boolean hasDisplay() {
        if (Boolean.getBoolean("java.awt.headless")) return false;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) { return s != null && !s.isBlank(); }
}
