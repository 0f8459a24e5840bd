package dev.courier.core.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A body held in a byte array: the first {@code length} bytes of {@code bytes}, which nobody mutates.
 */
public final class InMemoryBody implements ResponseBody {

    private final byte[] bytes;
    private final int length;

    /** Wraps the first {@code length} bytes of {@code bytes} without copying; the array must not change after. */
    public InMemoryBody(byte[] bytes, int length) {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + bytes.length);
        }
        this.bytes = bytes;
        this.length = length;
    }

    /** A body holding a copy of {@code bytes}. */
    public static InMemoryBody copyOf(byte[] bytes) {
        return new InMemoryBody(bytes.clone(), bytes.length);
    }

    @Override
    public long size() {
        return length;
    }

    @Override
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    @Override
    public byte[] prefix(int maxBytes) {
        return Arrays.copyOf(bytes, Math.min(length, Math.max(0, maxBytes)));
    }

    /** A read-only view of the bytes, positioned at 0. */
    public ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes, 0, length).slice().asReadOnlyBuffer();
    }

    /** Nothing to release: the array goes with the last reference. */
    @Override
    public void close() {
        // Memory needs no explicit release.
    }

    @Override
    public String toString() {
        return "InMemoryBody[" + length + " bytes]";
    }
}
