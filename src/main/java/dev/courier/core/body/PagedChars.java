package dev.courier.core.body;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * The bytes of a document seen as characters one to one (ISO-8859-1), read a page at a time, so the
 * {@link dev.courier.core.json.JsonLexer} can run over a body of any size (below 2 GiB) without mapping or loading
 * it. Two pages are kept, because a token's text is read again from its start after the lexer has moved past a page
 * boundary. Each page turn is reported, which is where a long pass notices cancellation and reports progress.
 */
final class PagedChars implements CharSequence {

    private static final int PAGE = 1 << 20;

    private final DocumentBytes bytes;
    private final long base;
    private final int length;
    private final LongConsumer pageTurned;
    private final byte[][] pages = {new byte[PAGE], new byte[PAGE]};
    private final long[] pageStarts = {-1, -1};
    private int recent;
    private long furthest;

    /**
     * @param bytes     the document
     * @param base      where the text starts (after a byte-order mark)
     * @param pageTurned told how far reading has come (bytes from the start) whenever a new page is read; may throw
     *                   {@link CancellationException} to stop the pass
     */
    PagedChars(DocumentBytes bytes, long base, LongConsumer pageTurned) {
        this.bytes = bytes;
        this.base = base;
        this.length = (int) Math.min(Integer.MAX_VALUE, bytes.size() - base);
        this.pageTurned = pageTurned;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        long page = index & ~(long) (PAGE - 1);
        if (pageStarts[recent] != page) {
            turnTo(page);
        }
        return (char) (pages[recent][index - (int) page] & 0xFF);
    }

    /** Copies chars {@code [start, end)} as the bytes they are into {@code target}, a page at a time. */
    void copyTo(int start, int end, byte[] target, int offset) {
        int at = start;
        int to = offset;
        while (at < end) {
            long page = at & ~(long) (PAGE - 1);
            if (pageStarts[recent] != page) {
                turnTo(page);
            }
            int n = (int) Math.min(end - at, page + PAGE - at);
            System.arraycopy(pages[recent], at - (int) page, target, to, n);
            at += n;
            to += n;
        }
    }

    private void turnTo(long page) {
        int other = 1 - recent;
        if (pageStarts[other] == page) {
            recent = other;
            return;
        }
        try {
            int wanted = (int) Math.min(PAGE, length - page);
            int read = 0;
            while (read < wanted) {
                int n = bytes.read(base + page + read, pages[other], read, wanted - read);
                if (n <= 0) {
                    throw new IOException("the document ended early");
                }
                read += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageStarts[other] = page;
        recent = other;
        furthest = Math.max(furthest, Math.min(length, page + PAGE));
        pageTurned.accept(furthest);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = charAt(start + i);
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return subSequence(0, length).toString();
    }
}
