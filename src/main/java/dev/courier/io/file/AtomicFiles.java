package dev.courier.io.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The one way Courier writes a file: a temporary file in the same directory is written and forced to disk, then
 * moved over the target in one atomic step, and the directory entry is forced too where the platform allows. A
 * crash at any moment leaves either the old file or the new one, never a mixture.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes}, creating missing parent directories. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /**
     * Replaces {@code target} with {@code bytes} readable and writable by its owner only (0600), from the moment
     * the temporary file exists, so a secret is never readable by others, not even for an instant.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    private static void write(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Same directory, so the move is a rename within one file system; the dot hides it from file listings.
        Path temp = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, openOptions(), createAttributes(temp, ownerOnly))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (!ownerOnly) {
                keepPermissions(absolute, temp);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(directory);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes temporary files that a killed process left beside {@code target}, when older than {@code age} (younger
     * ones may belong to a write in progress in another process).
     */
    public static void deleteLeftovers(Path target, Duration age) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            return;
        }
        String prefix = "." + absolute.getFileName() + ".";
        Instant cutoff = Instant.now().minus(age);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path temp : temporaries) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static Set<OpenOption> openOptions() {
        return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static FileAttribute<?>[] createAttributes(Path temp, boolean ownerOnly) {
        boolean posix = Files.getFileAttributeView(temp.getParent(), PosixFileAttributeView.class) != null;
        return ownerOnly && posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** A replaced file keeps its permissions (a shared collection stays readable by the group, a secret stays not). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Makes the rename itself durable; Windows cannot open a directory, and there the move is all we can do. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The data itself is already on disk; only the directory entry's durability is left to the OS.
        }
    }
}
