package dev.courier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether the app image's AppCDS archive still fits its jars. A JVM given an archive whose jars changed since
 * it was made (a rebuilt jar, an image copied without its timestamps) ignores it silently and starts slower; the
 * stamp that packaging/cds-archive.sh writes next to the archive records what the JVM compares: per line a path
 * relative to the stamp, its size and its modification time in seconds ("-" when the JVM does not compare it).
 */
final class CdsArchiveCheck {

    private static final System.Logger LOG = System.getLogger(CdsArchiveCheck.class.getName());

    private CdsArchiveCheck() {
    }

    /** When the launcher names a stamp ({@code -Dcourier.cds.stamp}): checks it in a daemon thread, logs a mismatch. */
    static void startInBackground() {
        String stamp = System.getProperty("courier.cds.stamp");
        if (stamp == null) {
            return;
        }
        Thread check = new Thread(() -> mismatch(Path.of(stamp)).ifPresent(reason -> LOG.log(
                System.Logger.Level.WARNING, "The class-data archive does not match this installation ({0}), "
                        + "so start-up is slower. Rebuild the package with packaging/package.sh or reinstall it.",
                reason)),
                "courier-cds-check");
        check.setDaemon(true);
        check.start();
    }

    /** Why the archive next to {@code stamp} no longer fits, or empty when it fits. */
    static Optional<String> mismatch(Path stamp) {
        Path archive = stamp.resolveSibling(stamp.getFileName().toString().replaceFirst("\\.stamp$", ""));
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(stamp)) {
            return Optional.of("missing " + archive);
        }
        try {
            for (String line : Files.readAllLines(stamp)) {
                Optional<String> changed = changed(stamp.resolveSibling(""), List.of(line.split(" ")));
                if (changed.isPresent()) {
                    return changed;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("unreadable " + stamp + ": " + e.getMessage());
        }
    }

    private static Optional<String> changed(Path base, List<String> entry) throws IOException {
        if (entry.size() != 3) {
            return Optional.of("malformed stamp line " + String.join(" ", entry));
        }
        Path file = base.resolve(entry.get(0));
        if (!Files.isRegularFile(file)) {
            return Optional.of("missing " + file);
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        boolean sameSize = Long.toString(attributes.size()).equals(entry.get(1));
        boolean sameTime = entry.get(2).equals("-")
                || Long.toString(attributes.lastModifiedTime().toMillis() / 1000).equals(entry.get(2));
        return sameSize && sameTime ? Optional.empty() : Optional.of("changed " + file);
    }
}
