package dev.courier.io.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and saves documents the user owns (collections) without ever destroying one: it remembers, per path,
 * the stamp of what was last read or written, or that the last read failed. A path whose last read failed is
 * never saved over; a path that changed on disk is saved over only when the caller says so. Thread-safe.
 */
public final class GuardedFiles {

    /** Whether a save may replace a file that changed on disk since it was read. */
    public enum Overwrite { IF_UNCHANGED, EVEN_IF_CHANGED }

    /** What saving to a path would meet. */
    public enum Status {
        /** Never read or written through this object: a new file, or one the user chose in a Save As dialog. */
        UNTRACKED,
        /** Still the bytes that were read or written last. */
        UNCHANGED,
        /** Other bytes (or no file) than were read or written last. */
        CHANGED_ON_DISK,
        /** The last read failed; saving over it is refused. */
        LAST_READ_FAILED
    }

    /** Turns a file's bytes into a document. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(byte[] bytes) throws FileFormatException;
    }

    private record Known(FileStamp stamp, FileProblem failure) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /**
     * Reads and parses a file, remembering its stamp, or remembering that it could not be parsed.
     *
     * @throws UnreadableFileException when the bytes do not parse; the problem has line and column
     */
    public <T> T read(Path file, Parser<T> parser) throws IOException {
        Path key = key(file);
        byte[] bytes = Files.readAllBytes(key);
        FileStamp stamp = FileStamp.of(key, bytes);
        try {
            T document = parser.parse(bytes);
            known.put(key, new Known(stamp, null));
            return document;
        } catch (FileFormatException e) {
            known.put(key, new Known(stamp, e.problem()));
            throw new UnreadableFileException(file, e.problem());
        }
    }

    /** What a save to {@code file} would meet now; the UI asks reload / overwrite / save as on CHANGED_ON_DISK. */
    public Status status(Path file) throws IOException {
        Known state = known.get(key(file));
        if (state == null) {
            return Status.UNTRACKED;
        }
        if (state.failure() != null) {
            return Status.LAST_READ_FAILED;
        }
        return state.stamp().changedOnDisk(key(file)) ? Status.CHANGED_ON_DISK : Status.UNCHANGED;
    }

    /**
     * Saves atomically, then remembers the new stamp.
     *
     * @throws SaveRefusedException when the last read of the path failed (whatever {@code overwrite} says), or
     *                              when it changed on disk and {@code overwrite} is {@code IF_UNCHANGED}
     */
    public void save(Path file, byte[] bytes, Overwrite overwrite) throws IOException {
        Path key = key(file);
        synchronized (this) {
            Status status = status(key);
            if (status == Status.LAST_READ_FAILED) {
                throw new SaveRefusedException(file, SaveRefusedException.Reason.LAST_READ_FAILED);
            }
            if (status == Status.CHANGED_ON_DISK && overwrite == Overwrite.IF_UNCHANGED) {
                throw new SaveRefusedException(file, SaveRefusedException.Reason.CHANGED_ON_DISK);
            }
            AtomicFiles.write(key, bytes);
            known.put(key, new Known(FileStamp.of(key, bytes), null));
        }
    }

    /** Forgets a path, e.g. when its collection is closed. */
    public void forget(Path file) {
        known.remove(key(file));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
