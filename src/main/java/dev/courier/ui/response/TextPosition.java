package dev.courier.ui.response;

/**
 * A place in a document: a line and a character column in it.
 *
 * @param line   0-based line number
 * @param column 0-based character column; {@code Integer.MAX_VALUE} means after the line's end, its break included
 */
public record TextPosition(long line, int column) implements Comparable<TextPosition> {

    /** After the end of {@code line}, its line break included. */
    public static TextPosition endOf(long line) {
        return new TextPosition(line, Integer.MAX_VALUE);
    }

    @Override
    public int compareTo(TextPosition other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
