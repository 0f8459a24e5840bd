package dev.courier.core.body;

import dev.courier.core.TempFiles;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes a document writes as it is formatted: in memory up to {@link ResponseBody#MEMORY_LIMIT}, then in a
 * temporary file. One thread appends; any thread reads what has been appended.
 */
final class SpoolBytes implements DocumentBytes {

    private final Object lock = new Object();
    private byte[] memory = new byte[8192];
    private FileChannel file;
    private Path path;
    private volatile long size;

    /** Appends bytes; readers see them once this returns. */
    void append(byte[] bytes, int offset, int length) throws IOException {
        synchronized (lock) {
            long end = size + length;
            if (file == null && end <= ResponseBody.MEMORY_LIMIT) {
                if (end > memory.length) {
                    memory = Arrays.copyOf(memory, (int) Math.min(ResponseBody.MEMORY_LIMIT,
                            Math.max(end, memory.length * 2L)));
                }
                System.arraycopy(bytes, offset, memory, (int) size, length);
            } else {
                if (file == null) {
                    path = TempFiles.create("courier-document-", ".txt");
                    file = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.READ);
                    writeFully(ByteBuffer.wrap(memory, 0, (int) size), 0);
                    memory = null;
                }
                writeFully(ByteBuffer.wrap(bytes, offset, length), size);
            }
            size = end;
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] target, int offset, int length) throws IOException {
        long available = size;
        if (position >= available) {
            return 0;
        }
        int n = (int) Math.min(length, available - position);
        FileChannel channel;
        synchronized (lock) {
            if (file == null) {
                System.arraycopy(memory, (int) position, target, offset, n);
                return n;
            }
            channel = file;
        }
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, n);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position() - offset) >= 0) {
            // positional reads are safe alongside the appending thread
        }
        return buffer.position() - offset;
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += file.write(buffer, at);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // deleted below either way
                }
                TempFiles.delete(path);
                file = null;
            }
            memory = new byte[0];
            size = 0;
        }
    }
}
