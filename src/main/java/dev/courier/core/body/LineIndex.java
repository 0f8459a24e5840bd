package dev.courier.core.body;

import java.util.Arrays;

/**
 * Where lines start in a document's bytes, kept sparse: the offset of every {@value #STRIDE}th line, so 5 million
 * lines cost 80 000 longs. A line ends at {@code \n}; the bytes a document is made of arrive in order through
 * {@link #scan} and become visible to readers through {@link #publish}.
 */
final class LineIndex {

    /** Lines between two recorded offsets. */
    static final int STRIDE = 64;

    private long[] blockStarts = new long[256];
    private long scannedLines;
    private long lastLineStart;
    private volatile long publishedLines;
    private volatile long publishedBytes;

    LineIndex(long firstLineStart) {
        blockStarts[0] = firstLineStart;
        lastLineStart = firstLineStart;
    }

    /** Notes the line feeds in bytes that sit at {@code position} in the document. Called by the writing thread. */
    void scan(byte[] bytes, int offset, int length, long position) {
        for (int i = 0; i < length; i++) {
            if (bytes[offset + i] == '\n') {
                long next = position + i + 1;
                scannedLines++;
                lastLineStart = next;
                if (scannedLines % STRIDE == 0) {
                    record(scannedLines / STRIDE, next);
                }
            }
        }
    }

    /** Makes the lines scanned so far visible; {@code end} is the document's size then. */
    void publish(long end, boolean finished) {
        long lines = scannedLines;
        if (finished && end > lastLineStart) {
            lines++; // a last line without a line feed
        }
        publishedBytes = end;
        publishedLines = lines;
    }

    /** Lines readers may read. */
    long lineCount() {
        return publishedLines;
    }

    /** The document's size that {@link #lineCount()} refers to. */
    long publishedBytes() {
        return publishedBytes;
    }

    /** The offset of the recorded line at or before {@code line}, which is {@code line - line % STRIDE}. */
    synchronized long blockStart(long line) {
        return blockStarts[(int) (line / STRIDE)];
    }

    private synchronized void record(long block, long offset) {
        if (block >= blockStarts.length) {
            blockStarts = Arrays.copyOf(blockStarts, blockStarts.length * 2);
        }
        blockStarts[(int) block] = offset;
    }
}
