package dev.courier.io;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Courier keeps its own state: {@code $COURIER_HOME} when set (tests set it, so they never touch the real
 * home), else {@code $XDG_DATA_HOME/courier}, else {@code ~/.local/share/courier}.
 */
public final class AppPaths {

    private AppPaths() {
    }

    /** The data directory for this process's environment. */
    public static Path dataDir() {
        return dataDir(System.getenv(), System.getProperty("user.home"));
    }

    /** The data directory for the given environment and home directory. */
    public static Path dataDir(Map<String, String> environment, String userHome) {
        String courierHome = environment.get("COURIER_HOME");
        if (courierHome != null && !courierHome.isBlank()) {
            return Path.of(courierHome);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) { // the XDG spec ignores relative paths
            return Path.of(xdg, "courier");
        }
        return Path.of(userHome, ".local", "share", "courier");
    }
}
