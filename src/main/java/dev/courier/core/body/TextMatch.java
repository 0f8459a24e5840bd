package dev.courier.core.body;

/**
 * One place {@link TextSearch} found its query.
 *
 * @param line   0-based line number in the document
 * @param column 0-based character offset in the line
 * @param length characters matched
 */
public record TextMatch(long line, int column, int length) implements Comparable<TextMatch> {

    @Override
    public int compareTo(TextMatch other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
