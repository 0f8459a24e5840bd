package dev.courier.core.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * A response body after content decoding: in memory up to {@link #MEMORY_LIMIT}, in a temporary file beyond it,
 * so a body of any size costs bounded heap. Call {@link #close()} once nothing shows the body any more: a
 * temporary file is deleted then (and at the latest when the JVM exits or the body is garbage collected).
 */
public sealed interface ResponseBody extends AutoCloseable permits InMemoryBody, FileBody {

    /** Bodies up to this many bytes stay in memory. */
    int MEMORY_LIMIT = 8 << 20;

    /** The empty body (HEAD, 204, 304). */
    ResponseBody EMPTY = new InMemoryBody(new byte[0], 0);

    /** Decoded size in bytes. */
    long size();

    /** The decoded bytes from the start; the caller closes the stream. */
    InputStream openStream() throws IOException;

    /** Up to {@code maxBytes} bytes from the start, for sniffing the type or a hex dump. */
    byte[] prefix(int maxBytes) throws IOException;

    /** Every byte, for bodies known to be small (history entries, tests); a large body belongs in a stream. */
    default byte[] readAllBytes() throws IOException {
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        }
    }

    /** Whether the body is empty. */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** Releases the body: deletes its temporary file, if any. Reading it afterwards fails. Idempotent. */
    @Override
    void close();
}
