package dev.courier.core.body;

import java.io.IOException;

/** Bytes of a document that can be read at any position while they may still grow. Reads are thread-safe. */
interface DocumentBytes extends AutoCloseable {

    /** How many bytes there are now. */
    long size();

    /**
     * Reads up to {@code length} bytes at {@code position} into {@code target}.
     *
     * @return how many were read; 0 at or beyond the end
     */
    int read(long position, byte[] target, int offset, int length) throws IOException;

    /** Frees what the bytes hold (a temporary file is deleted). */
    @Override
    void close();
}
