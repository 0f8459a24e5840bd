package dev.courier.core.body;

import java.io.IOException;

/**
 * Where a formatter writes the document: chars as single bytes (the source's bytes pass through unchanged, see
 * {@link PagedChars}), buffered, appended to the document's {@link SpoolBytes} and indexed as they go. The first
 * {@code eagerLines} lines are flushed as soon as they are written, so the first screen does not wait for a full
 * buffer.
 */
final class LineSink implements Appendable {

    private final SpoolBytes out;
    private final LineIndex index;
    private final Runnable afterFlush;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private long eagerLines;

    LineSink(SpoolBytes out, LineIndex index, long eagerLines, Runnable afterFlush) {
        this.out = out;
        this.index = index;
        this.eagerLines = eagerLines;
        this.afterFlush = afterFlush;
    }

    @Override
    public Appendable append(char c) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        if (c == '\n' && eagerLines > 0 && --eagerLines == 0) {
            flush();
        }
        return this;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
        return append(text, 0, text.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
        if (text instanceof PagedChars paged) {
            for (int from = start; from < end; ) {
                if (used == buffer.length) {
                    flush();
                }
                int n = Math.min(end - from, buffer.length - used);
                paged.copyTo(from, from + n, buffer, used);
                used += n;
                from += n;
            }
            return this;
        }
        for (int i = start; i < end; i++) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Copies bytes {@code [from, to)} of {@code source} unchanged. */
    void copy(DocumentBytes source, long from, long to) throws IOException {
        for (long at = from; at < to; ) {
            if (used == buffer.length) {
                flush();
            }
            int n = source.read(at, buffer, used, (int) Math.min(buffer.length - used, to - at));
            if (n <= 0) {
                break;
            }
            used += n;
            at += n;
        }
    }

    /** Appends, indexes and publishes what is buffered. */
    void flush() throws IOException {
        long position = out.size();
        out.append(buffer, 0, used);
        index.scan(buffer, 0, used, position);
        used = 0;
        index.publish(out.size(), false);
        afterFlush.run();
    }

    /** Flushes and publishes the last line. */
    void finish() throws IOException {
        flush();
        index.publish(out.size(), true);
    }
}
