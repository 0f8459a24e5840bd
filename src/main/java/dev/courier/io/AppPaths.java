package dev.courier.io;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Courier keeps its own data (history, drafts, cookies, secrets): {@code COURIER_HOME} when set, else
 * {@code $XDG_DATA_HOME/courier}, else {@code ~/.local/share/courier}. Tests set {@code COURIER_HOME} so that they
 * never touch the real home.
 */
public final class AppPaths {

    private AppPaths() {
    }

    /** The data directory for this process's environment. */
    public static Path home() {
        return home(System.getenv());
    }

    /** The data directory for the given environment variables. */
    public static Path home(Map<String, String> env) {
        String courierHome = env.get("COURIER_HOME");
        if (courierHome != null && !courierHome.isBlank()) {
            return Path.of(courierHome);
        }
        String xdgDataHome = env.get("XDG_DATA_HOME");
        if (xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome, "courier"); // the XDG spec says to ignore relative paths
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "courier");
    }
}
