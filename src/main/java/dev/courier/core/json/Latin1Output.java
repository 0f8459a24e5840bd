package dev.courier.core.json;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An {@link Appendable} that writes each char as one byte (ISO-8859-1), buffered; with {@link ByteChars} input it
 * copies token bytes straight from the mapped file, so formatting a huge file allocates no per-token strings.
 */
public final class Latin1Output implements Appendable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    public Latin1Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public Appendable append(char c) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
        return append(text, 0, text.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
        int from = start;
        while (from < end) {
            if (used == buffer.length) {
                flush();
            }
            int n = Math.min(end - from, buffer.length - used);
            if (text instanceof ByteChars bytes) {
                bytes.copyTo(from, from + n, buffer, used);
            } else {
                for (int i = 0; i < n; i++) {
                    buffer[used + i] = (byte) text.charAt(from + i);
                }
            }
            used += n;
            from += n;
        }
        return this;
    }

    /** Writes out what is buffered. */
    public void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }
}
