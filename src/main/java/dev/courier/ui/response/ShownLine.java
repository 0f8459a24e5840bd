package dev.courier.ui.response;

import dev.courier.core.body.DocumentLine;
import java.util.List;

/**
 * One line ready for the viewer: its text and the colour spans of its tokens (none for plain text).
 *
 * @param line  the document line
 * @param spans coloured ranges in text order, gaps uncoloured
 */
public record ShownLine(DocumentLine line, List<Span> spans) {

    /** Characters {@code [start, end)} drawn with {@code styleClass}. */
    public record Span(int start, int end, String styleClass) {
    }

    public ShownLine {
        spans = List.copyOf(spans);
    }

    public long number() {
        return line.number();
    }

    public String text() {
        return line.text();
    }
}
