package dev.courier.ui.response;

import dev.courier.core.body.DocumentLine;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Reads the text between two positions of a document, line by line, refusing more than a limit. */
final class TextRange {

    private static final int BATCH = 1024;

    private TextRange() {
    }

    /**
     * The text from {@code start} to {@code end}; lines end with a line break unless {@code end} stops within the
     * line.
     *
     * @throws TooLargeException beyond {@code maxChars}
     */
    static String read(LinePages.Source source, TextPosition start, TextPosition end, int maxChars)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (long from = start.line(); from <= end.line(); from += BATCH) {
            int count = (int) Math.min(BATCH, end.line() - from + 1);
            List<DocumentLine> lines = source.lines(from, count);
            for (DocumentLine line : lines) {
                String whole = line.text();
                int first = line.number() == start.line() ? Math.min(start.column(), whole.length()) : 0;
                boolean last = line.number() == end.line();
                int stop = last ? (int) Math.min(end.column(), (long) whole.length()) : whole.length();
                text.append(whole, first, Math.max(first, stop));
                if (!last || end.column() == Integer.MAX_VALUE) {
                    text.append('\n');
                }
                if (text.length() > maxChars) {
                    throw new TooLargeException(String.format(Locale.ROOT, "Too large for the clipboard (more than "
                            + "%,d characters): save the body instead", maxChars));
                }
            }
            if (lines.size() < count) {
                break;
            }
        }
        return text.toString();
    }
}
