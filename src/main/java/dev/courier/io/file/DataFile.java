package dev.courier.io.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A small document of Courier's own in the data directory (global variables, secrets, remembered choices): read
 * whole, written atomically. A missing file reads as the empty document. A file that does not parse is reported
 * ({@link UnreadableFileException}, with line and column) and never written over: every write first checks that
 * what is on disk still parses, so a damaged file waits for the user to repair or remove it. Thread-safe within
 * one process; {@link #update} reads the latest file before changing it, so other processes' writes are kept.
 */
public final class DataFile<T> {

    private final Path file;
    private final GuardedFiles.Parser<T> parser;
    private final Function<T, byte[]> writer;
    private final T empty;
    private final boolean ownerOnly;

    /**
     * @param ownerOnly whether the file holds secrets: it is then created and rewritten with permission 0600
     */
    public DataFile(Path file, GuardedFiles.Parser<T> parser, Function<T, byte[]> writer, T empty,
                    boolean ownerOnly) {
        this.file = Objects.requireNonNull(file, "file");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.empty = Objects.requireNonNull(empty, "empty");
        this.ownerOnly = ownerOnly;
    }

    public Path file() {
        return file;
    }

    /**
     * The document; the empty one when there is no file.
     *
     * @throws UnreadableFileException when the file does not parse
     */
    public synchronized T read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty;
        }
        try {
            return parser.parse(bytes);
        } catch (FileFormatException e) {
            throw new UnreadableFileException(file, e.problem());
        }
    }

    /**
     * Replaces the document.
     *
     * @throws UnreadableFileException when the file on disk does not parse; it is left as it is
     */
    public synchronized void write(T document) throws IOException {
        read();
        store(document);
    }

    /** Reads the latest document, changes it and writes it back; returns the new document. */
    public synchronized T update(UnaryOperator<T> change) throws IOException {
        T changed = change.apply(read());
        store(changed);
        return changed;
    }

    private void store(T document) throws IOException {
        byte[] bytes = writer.apply(document);
        if (ownerOnly) {
            AtomicFiles.writeOwnerOnly(file, bytes);
        } else {
            AtomicFiles.write(file, bytes);
        }
    }
}
