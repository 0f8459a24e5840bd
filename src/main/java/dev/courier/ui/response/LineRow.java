package dev.courier.ui.response;

import dev.courier.core.body.FormattedDocument;
import dev.courier.core.body.TextMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One row of a {@link LineViewer}: the line number in a gutter, the line's text in coloured pieces, and behind it
 * the shapes of the selection, the search matches and the current match. Rebuilt only when its line or what is
 * marked on it changes.
 */
final class LineRow extends Region {

    static final double PAD = 8;
    /** Matches marked on one line at most; more would only slow the row down. */
    private static final int MAX_MARKED = 500;

    private final Region gutter = new Region();
    private final Text number = new Text();
    private final TextFlow flow = new TextFlow();
    private final Path selectionShape = shape("line-selection");
    private final Path matchShape = shape("search-match");
    private final Path currentShape = shape("search-current");
    private long line = -1;
    private ShownLine shown;
    private double gutterWidth;
    private Pattern pattern;
    private TextMatch current;
    private TextSelection.Columns selected;
    private boolean marksDirty;

    LineRow() {
        getStyleClass().add("line-row");
        gutter.getStyleClass().add("line-gutter");
        number.getStyleClass().add("line-number");
        number.setTextOrigin(VPos.TOP);
        flow.getStyleClass().add("line-flow");
        getChildren().setAll(gutter, selectionShape, matchShape, currentShape, number, flow);
    }

    /** Shows line {@code lineNumber} ({@code content} null while its page loads) with what is marked on it. */
    void show(long lineNumber, ShownLine content, double gutterPixels, Pattern highlight, TextMatch currentMatch,
              Optional<TextSelection.Columns> selection) {
        if (lineNumber != line || content != shown) {
            line = lineNumber;
            shown = content;
            number.setText(Long.toString(lineNumber + 1));
            flow.getChildren().setAll(pieces(content));
            // Styled now rather than in the next pulse: measured with the default font, a long line would wrap.
            flow.applyCss();
            marksDirty = true;
        }
        TextMatch here = currentMatch != null && currentMatch.line() == lineNumber ? currentMatch : null;
        TextSelection.Columns columns = selection.orElse(null);
        if (gutterPixels != gutterWidth || highlight != pattern || !Objects.equals(here, current)
                || !Objects.equals(columns, selected)) {
            gutterWidth = gutterPixels;
            pattern = highlight;
            current = here;
            selected = columns;
            marksDirty = true;
        }
        if (marksDirty) {
            requestLayout();
        }
    }

    long line() {
        return line;
    }

    /** The line's text, or null while it loads. */
    String text() {
        return shown == null ? null : shown.text();
    }

    /** The column under {@code x} (in this row's coordinates), for selecting with the mouse. */
    int columnAt(double x) {
        if (shown == null) {
            return 0;
        }
        HitInfo hit = flow.hitTest(new Point2D(x - flow.getLayoutX(), flow.getHeight() / 2));
        return Math.max(0, Math.min(shown.text().length(), hit.getInsertionIndex()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return gutterWidth + PAD + flow.prefWidth(-1) + PAD;
    }

    @Override
    protected void layoutChildren() {
        double height = getHeight();
        gutter.resizeRelocate(0, 0, gutterWidth, height);
        double numberWidth = number.getLayoutBounds().getWidth();
        double textHeight = number.getLayoutBounds().getHeight();
        number.relocate(gutterWidth - PAD - numberWidth, Math.floor((height - textHeight) / 2));
        double flowHeight = flow.prefHeight(-1);
        flow.resizeRelocate(gutterWidth + PAD, Math.floor((height - flowHeight) / 2), flow.prefWidth(-1),
                flowHeight);
        if (marksDirty) {
            marksDirty = false;
            mark();
        }
    }

    private void mark() {
        String text = shown == null ? "" : shown.text();
        List<PathElement> matches = new ArrayList<>();
        if (pattern != null && !text.isEmpty()) {
            Matcher matcher = pattern.matcher(text);
            for (int marked = 0; marked < MAX_MARKED && matcher.find(); marked++) {
                if (matcher.end() > matcher.start()) {
                    matches.addAll(List.of(flow.rangeShape(matcher.start(), matcher.end())));
                }
            }
        }
        matchShape.getElements().setAll(matches);
        currentShape.getElements().setAll(current == null || current.column() >= text.length() ? List.of()
                : List.of(flow.rangeShape(current.column(), Math.min(text.length(), current.column()
                + current.length()))));
        List<PathElement> selection = new ArrayList<>();
        if (selected != null) {
            int from = Math.min(selected.from(), text.length());
            int to = Math.min(selected.to(), text.length());
            if (to > from) {
                selection.addAll(List.of(flow.rangeShape(from, to)));
            }
            if (selected.to() > text.length()) {
                // The line break is selected too: a narrow block after the text says so.
                double end = text.isEmpty() ? 0 : flow.prefWidth(-1);
                double height = flow.getHeight();
                selection.addAll(List.of(new MoveTo(end, 0), new LineTo(end + PAD / 2, 0),
                        new LineTo(end + PAD / 2, height), new LineTo(end, height), new ClosePath()));
            }
        }
        selectionShape.getElements().setAll(selection);
        for (Path path : List.of(selectionShape, matchShape, currentShape)) {
            // The shapes are in the text's coordinates: place their origin, not their bounds, on the text.
            path.setLayoutX(flow.getLayoutX());
            path.setLayoutY(flow.getLayoutY());
        }
    }

    private static List<Node> pieces(ShownLine content) {
        if (content == null) {
            return List.of();
        }
        String text = content.text();
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (ShownLine.Span span : content.spans()) {
            if (span.start() > at) {
                pieces.add(piece(text.substring(at, span.start()), null));
            }
            pieces.add(piece(text.substring(span.start(), span.end()), span.styleClass()));
            at = span.end();
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(piece(text.substring(at), null));
        }
        if (content.line().cut()) {
            Text cut = piece(String.format(Locale.ROOT, "  … cut after %,d characters: save or open the body to "
                    + "see the whole line", FormattedDocument.MAX_LINE_CHARS), "line-cut");
            pieces.add(cut);
        }
        return pieces;
    }

    private static Text piece(String text, String styleClass) {
        Text piece = new Text(text);
        piece.getStyleClass().add("line-text");
        if (styleClass != null) {
            piece.getStyleClass().add(styleClass);
        }
        return piece;
    }

    private static Path shape(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
    }
}
