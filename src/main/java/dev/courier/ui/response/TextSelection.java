package dev.courier.ui.response;

import java.util.Optional;

/**
 * The selected text of a line viewer, from where the mouse went down (the anchor) to where it is now (the focus),
 * in either order. Plain state, so the viewer's selection rules are tested without a toolkit.
 */
public final class TextSelection {

    /** Columns {@code [from, to)} of one line; {@code to == Integer.MAX_VALUE} when the line break is selected. */
    public record Columns(int from, int to) {
    }

    private TextPosition anchor;
    private TextPosition focus;

    /** Starts a selection at {@code position} (nothing selected until it is extended). */
    public void start(TextPosition position) {
        anchor = position;
        focus = position;
    }

    /** Moves the selection's free end; starts one when there is none. */
    public void extend(TextPosition position) {
        if (anchor == null) {
            anchor = position;
        }
        focus = position;
    }

    /** Selects columns {@code [from, to)} of {@code line}. */
    public void select(long line, int from, int to) {
        anchor = new TextPosition(line, from);
        focus = new TextPosition(line, to);
    }

    /** Everything, for a document of {@code lineCount} lines. */
    public void selectAll(long lineCount) {
        if (lineCount > 0) {
            anchor = new TextPosition(0, 0);
            focus = TextPosition.endOf(lineCount - 1);
        }
    }

    public void clear() {
        anchor = null;
        focus = null;
    }

    public boolean isEmpty() {
        return anchor == null || anchor.equals(focus);
    }

    public Optional<TextPosition> start() {
        return isEmpty() ? Optional.empty() : Optional.of(anchor.compareTo(focus) <= 0 ? anchor : focus);
    }

    public Optional<TextPosition> end() {
        return isEmpty() ? Optional.empty() : Optional.of(anchor.compareTo(focus) <= 0 ? focus : anchor);
    }

    /** How many lines the selection touches (0 when empty). */
    public long lineSpan() {
        return isEmpty() ? 0 : end().orElseThrow().line() - start().orElseThrow().line() + 1;
    }

    /** The selected columns of {@code line}, if any. */
    public Optional<Columns> on(long line) {
        if (isEmpty()) {
            return Optional.empty();
        }
        TextPosition first = start().orElseThrow();
        TextPosition last = end().orElseThrow();
        if (line < first.line() || line > last.line()) {
            return Optional.empty();
        }
        int from = line == first.line() ? first.column() : 0;
        int to = line == last.line() ? last.column() : Integer.MAX_VALUE;
        return from < to ? Optional.of(new Columns(from, to)) : Optional.empty();
    }
}
