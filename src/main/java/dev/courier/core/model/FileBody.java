package dev.courier.core.model;

import dev.courier.core.TempFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A body in a file: a temporary file Courier owns and deletes on {@link #close()}, or a file the user chose to save
 * the body to, which is kept.
 */
public final class FileBody implements ResponseBody {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Path path;
    private final long size;
    private final boolean temporary;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Cleaner.Cleanable cleanable;

    private FileBody(Path path, long size, boolean temporary) {
        this.path = path;
        this.size = size;
        this.temporary = temporary;
        // A body dropped without close() still loses its temporary file once it is garbage collected.
        this.cleanable = temporary ? CLEANER.register(this, () -> TempFiles.delete(path)) : null;
    }

    /** A body in a temporary file registered with {@link TempFiles}; {@link #close()} deletes it. */
    public static FileBody temporary(Path path, long size) {
        return new FileBody(path, size, true);
    }

    /** A body saved to a file of the user's; {@link #close()} keeps it. */
    public static FileBody kept(Path path, long size) {
        return new FileBody(path, size, false);
    }

    public Path path() {
        return path;
    }

    /** Whether the file is Courier's own temporary file (deleted on close) rather than the user's. */
    public boolean isTemporary() {
        return temporary;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream openStream() throws IOException {
        requireOpen();
        return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    @Override
    public byte[] prefix(int maxBytes) throws IOException {
        requireOpen();
        int wanted = (int) Math.min(size, Math.max(0, maxBytes));
        ByteBuffer buffer = ByteBuffer.allocate(wanted);
        try (FileChannel channel = FileChannel.open(path)) {
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until full or end of file
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Opens the file for positional reads; the caller closes the channel. */
    public FileChannel openChannel() throws IOException {
        requireOpen();
        return FileChannel.open(path);
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true) && cleanable != null) {
            cleanable.clean();
        }
    }

    private void requireOpen() throws IOException {
        if (released.get()) {
            throw new IOException("the response body was released");
        }
    }

    @Override
    public String toString() {
        return "FileBody[" + path + ", " + size + " bytes" + (temporary ? ", temporary" : "") + "]";
    }
}
