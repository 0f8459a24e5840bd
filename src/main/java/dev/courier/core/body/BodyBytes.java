package dev.courier.core.body;

import dev.courier.core.model.FileBody;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A response body read in place: the array of an in-memory body, or positional reads of its file. */
final class BodyBytes implements DocumentBytes {

    private final ByteBuffer memory;
    private final FileChannel channel;
    private final long size;

    private BodyBytes(ByteBuffer memory, FileChannel channel, long size) {
        this.memory = memory;
        this.channel = channel;
        this.size = size;
    }

    static BodyBytes of(ResponseBody body) throws IOException {
        if (body instanceof InMemoryBody memory) {
            return new BodyBytes(memory.buffer(), null, memory.size());
        }
        FileBody file = (FileBody) body;
        return new BodyBytes(null, file.openChannel(), file.size());
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] target, int offset, int length) throws IOException {
        if (position >= size) {
            return 0;
        }
        int n = (int) Math.min(length, size - position);
        if (memory != null) {
            memory.get((int) position, target, offset, n);
            return n;
        }
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, n);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position() - offset) < 0) {
                break;
            }
        }
        return buffer.position() - offset;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
