package dev.courier.core.body;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads lines of a document through its sparse {@link LineIndex}, decoding each with the document's charset. */
final class LineReader {

    private static final int CHUNK = 1 << 16;

    /** Receives lines in order; returns false to stop. */
    @FunctionalInterface
    interface LineVisitor {
        boolean visit(long number, String text, boolean cut) throws IOException;
    }

    private final DocumentBytes bytes;
    private final LineIndex index;
    private final Charset charset;

    LineReader(DocumentBytes bytes, LineIndex index, Charset charset) {
        this.bytes = bytes;
        this.index = index;
        this.charset = charset;
    }

    Charset charset() {
        return charset;
    }

    /** Lines {@code from} to {@code from + count}, as many as are available. */
    List<DocumentLine> lines(long from, int count, int maxChars) throws IOException {
        List<DocumentLine> lines = new ArrayList<>(Math.max(0, Math.min(count, 4096)));
        forEach(from, count, maxChars, (number, text, cut) -> lines.add(new DocumentLine(number, text, cut)));
        return lines;
    }

    /** Visits the available lines from {@code from} on, at most {@code count}, each cut at {@code maxChars}. */
    void forEach(long from, long count, int maxChars, LineVisitor visitor) throws IOException {
        long end = count >= index.lineCount() ? index.lineCount() : Math.min(index.lineCount(), from + count);
        if (from < 0 || from >= end) {
            return;
        }
        long limit = index.publishedBytes();
        long line = from - from % LineIndex.STRIDE;
        long position = index.blockStart(line);
        byte[] chunk = new byte[CHUNK];
        long chunkStart = position;
        int chunkLength = 0;
        LineBuffer current = new LineBuffer(maxChars * 4 + 4);
        while (line < end) {
            if (position >= chunkStart + chunkLength) {
                chunkStart = position;
                chunkLength = position >= limit ? 0
                        : bytes.read(position, chunk, 0, (int) Math.min(CHUNK, limit - position));
                if (chunkLength == 0) {
                    emit(visitor, line, current, maxChars); // the last line, which has no line feed
                    return;
                }
            }
            int at = (int) (position - chunkStart);
            int feed = indexOfFeed(chunk, at, chunkLength);
            int stop = feed < 0 ? chunkLength : feed;
            if (line >= from) {
                current.add(chunk, at, stop - at);
            }
            position = chunkStart + stop + (feed < 0 ? 0 : 1);
            if (feed >= 0) {
                if (line >= from && !emit(visitor, line, current, maxChars)) {
                    return;
                }
                current.clear();
                line++;
            }
        }
    }

    private boolean emit(LineVisitor visitor, long line, LineBuffer buffer, int maxChars) throws IOException {
        int length = buffer.length;
        boolean dropped = buffer.total > buffer.length;
        if (!dropped && length > 0 && buffer.bytes[length - 1] == '\r') {
            length--;
        }
        String text = BodyCharsets.decode(buffer.bytes, 0, length, charset);
        if (text.length() > maxChars) {
            int cut = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            return visitor.visit(line, text.substring(0, cut), true);
        }
        return visitor.visit(line, text, dropped);
    }

    private static int indexOfFeed(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of one line, keeping at most enough for the characters shown. */
    private static final class LineBuffer {
        private final int maxBytes;
        private byte[] bytes = new byte[256];
        private int length;
        private long total;

        LineBuffer(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        void add(byte[] source, int offset, int count) {
            total += count;
            int keep = Math.min(count, maxBytes - length);
            if (keep > 0) {
                if (length + keep > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(length + keep, bytes.length * 2));
                }
                System.arraycopy(source, offset, bytes, length, keep);
                length += keep;
            }
        }

        void clear() {
            length = 0;
            total = 0;
        }
    }
}
