package dev.courier.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files Courier creates for large bodies and formatted documents. Each is deleted when its owner
 * releases it, and whatever is still registered is deleted when the JVM exits. Unlike {@code File.deleteOnExit},
 * released files leave the registry, so a long session does not accumulate entries.
 */
public final class TempFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TempFiles::quietlyDelete),
                "courier-temp-cleanup"));
    }

    private TempFiles() {
    }

    /** Creates an empty temporary file in the system's temp directory and registers it for deletion. */
    public static Path create(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        LIVE.add(file);
        return file;
    }

    /** Deletes a registered file (if it still exists) and forgets it; never throws. */
    public static void delete(Path file) {
        quietlyDelete(file);
        LIVE.remove(file);
    }

    /** Whether {@code file} is registered and not yet deleted. */
    public static boolean isLive(Path file) {
        return LIVE.contains(file);
    }

    private static void quietlyDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(TempFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete temporary file " + file + ": " + e.getMessage());
        }
    }
}
