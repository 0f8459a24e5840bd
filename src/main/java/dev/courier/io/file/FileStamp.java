package dev.courier.io.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file looked like when Courier last read or wrote it: size, modification time and a SHA-256 of its bytes.
 * Size and time answer cheaply; the hash decides when only the time moved (a touch, a checkout of the same bytes).
 */
public record FileStamp(long size, FileTime modified, String sha256) {

    /** The stamp of {@code bytes}, just read from or written to {@code file}. */
    public static FileStamp of(Path file, byte[] bytes) throws IOException {
        return new FileStamp(bytes.length, Files.getLastModifiedTime(file), sha256(bytes));
    }

    /** The stamp of the file as it is now, or empty when it does not exist. */
    public static Optional<FileStamp> current(Path file) throws IOException {
        try {
            return Optional.of(of(file, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether the file now holds other bytes than this stamp describes (or is gone). */
    public boolean changedOnDisk(Path file) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        if (Files.size(file) != size) {
            return true;
        }
        if (Files.getLastModifiedTime(file).equals(modified)) {
            return false;
        }
        return !sha256(Files.readAllBytes(file)).equals(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
