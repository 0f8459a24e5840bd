package dev.courier.ui.response;

import dev.courier.core.body.TextMatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A read-only view of a document of any length. Rows have one height, so the rows on screen follow from the scroll
 * position alone: only they exist, and moving to line 9 000 000 costs what moving to line 10 does. Lines come from
 * the document's {@link LinePages} (read and coloured off the UI thread); search matches, the current match and the
 * mouse selection are drawn behind the text. Mouse and keys: {@link LineViewerInput}.
 */
public final class LineViewer extends Region {

    private static final double ROW_SPACING = 4;
    private static final int MIN_DIGITS = 3;

    private final Pane sheet = new Pane();
    private final Rectangle clip = new Rectangle();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Text probe = new Text("0000000000");
    private final Map<Long, LineRow> rows = new HashMap<>();
    private final Deque<LineRow> spare = new ArrayDeque<>();
    private final TextSelection selection = new TextSelection();
    private final InvalidationListener relayout = obs -> requestLayout();
    private DocumentViewModel document;
    private Pattern highlight;
    private TextMatch current;
    private double top;
    private double left;
    private double rowHeight = 18;
    private double charWidth = 8;
    private double contentWidth;
    private double viewWidth;
    private double viewHeight;
    private boolean syncingBars;

    public LineViewer() {
        getStyleClass().add("line-viewer");
        probe.getStyleClass().add("line-text");
        probe.setVisible(false);
        probe.setManaged(false);
        sheet.getStyleClass().add("line-sheet");
        sheet.setClip(clip);
        sheet.getChildren().add(probe);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncingBars) {
                scrollTo(now.doubleValue(), left);
            }
        });
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncingBars) {
                scrollTo(top, now.doubleValue());
            }
        });
        getChildren().setAll(sheet, vbar, hbar);
        setFocusTraversable(true);
        new LineViewerInput(this);
    }

    /** Shows {@code shown} from its first line (null: nothing). */
    public void setDocument(DocumentViewModel shown) {
        if (document != null) {
            document.lineCountProperty().removeListener(relayout);
            document.pages().version().removeListener(relayout);
        }
        document = shown;
        if (shown != null) {
            shown.lineCountProperty().addListener(relayout);
            shown.pages().version().addListener(relayout);
        }
        rows.values().forEach(this::retire);
        rows.clear();
        selection.clear();
        current = null;
        top = 0;
        left = 0;
        contentWidth = 0;
        requestLayout();
    }

    public DocumentViewModel document() {
        return document;
    }

    /** Marks every match of {@code pattern} on screen (null: none). */
    public void setHighlight(Pattern pattern) {
        highlight = pattern;
        requestLayout();
    }

    /** Marks {@code match} as the current one and scrolls it into view. */
    public void showMatch(TextMatch match) {
        current = match;
        if (match != null) {
            scrollIntoView(match.line(), match.column(), match.length());
        }
        requestLayout();
    }

    /** Scrolls so that {@code line} is on screen, near the middle when it was far. */
    public void scrollIntoView(long line, int column, int length) {
        double visible = visibleRows();
        double newTop = line >= top && line + 1 <= top + visible ? top : line - visible / 3;
        double x = column * charWidth;
        double newLeft = x >= left && x + length * charWidth <= left + viewWidth - gutterWidth() - 2 * LineRow.PAD
                ? left : Math.max(0, x - viewWidth / 3);
        scrollTo(newTop, newLeft);
    }

    /** The first line on screen. */
    public long firstVisibleLine() {
        return (long) Math.floor(top);
    }

    /** Rows that fit on screen. */
    public double visibleRows() {
        return Math.max(1, viewHeight / rowHeight);
    }

    /** The texts of the lines on screen, top to bottom (null for a line still loading). */
    public List<String> visibleLines() {
        List<String> texts = new ArrayList<>();
        rows.values().stream().sorted((a, b) -> Long.compare(a.line(), b.line()))
                .forEach(row -> texts.add(row.text()));
        return texts;
    }

    public TextSelection selection() {
        return selection;
    }

    /** Scrolls to {@code line} (fractional) and {@code x} pixels, within bounds. */
    void scrollTo(double line, double x) {
        double maxTop = Math.max(0, lineCount() - visibleRows());
        double maxLeft = Math.max(0, contentWidth - viewWidth);
        double newTop = Math.max(0, Math.min(maxTop, line));
        double newLeft = Math.max(0, Math.min(maxLeft, x));
        if (newTop != top || newLeft != left) {
            top = newTop;
            left = newLeft;
            requestLayout();
        }
    }

    double top() {
        return top;
    }

    double left() {
        return left;
    }

    double rowHeight() {
        return rowHeight;
    }

    double charWidth() {
        return charWidth;
    }

    long lineCount() {
        return document == null ? 0 : document.lineCountProperty().get();
    }

    /** The position under a point of this viewer, for the mouse. */
    TextPosition positionAt(double x, double y) {
        long count = lineCount();
        if (count == 0) {
            return new TextPosition(0, 0);
        }
        long line = Math.max(0, Math.min(count - 1, (long) Math.floor(top + y / rowHeight)));
        LineRow row = rows.get(line);
        int column = row == null ? 0 : row.columnAt(x + left);
        return new TextPosition(line, column);
    }

    /** Whether a point of this viewer is over the lines rather than a scroll bar. */
    boolean isOverText(double x, double y) {
        return x >= 0 && y >= 0 && x < viewWidth && y < viewHeight;
    }

    /** The text of {@code line} when it is on screen, else null. */
    String shownText(long line) {
        LineRow row = rows.get(line);
        return row == null ? null : row.text();
    }

    @Override
    protected void layoutChildren() {
        measure();
        long count = lineCount();
        double width = getWidth();
        double height = getHeight();
        boolean needV = count * rowHeight > height;
        double barWidth = needV ? vbar.prefWidth(-1) : 0;
        boolean needH = contentWidth > width - barWidth;
        layoutRows(count, width - barWidth, height - (needH ? hbar.prefHeight(-1) : 0));
        if (contentWidth > width - barWidth != needH) {
            // The rows just measured are wider than the view after all: again, above a horizontal scroll bar.
            needH = !needH;
            layoutRows(count, width - barWidth, height - (needH ? hbar.prefHeight(-1) : 0));
        }
        sheet.resizeRelocate(0, 0, viewWidth, viewHeight);
        clip.setWidth(viewWidth);
        clip.setHeight(viewHeight);
        syncBars(count, needV, needH);
        vbar.resizeRelocate(viewWidth, 0, barWidth, viewHeight);
        hbar.resizeRelocate(0, viewHeight, viewWidth, needH ? hbar.prefHeight(-1) : 0);
    }

    /** Places the rows on screen in a view of the given size, reading their lines; measures the widest. */
    private void layoutRows(long count, double width, double height) {
        viewWidth = width;
        viewHeight = height;
        top = Math.max(0, Math.min(top, count - visibleRows()));
        left = Math.max(0, Math.min(left, contentWidth - viewWidth));
        long first = (long) Math.floor(top);
        long last = Math.min(count - 1, first + (long) Math.ceil(viewHeight / rowHeight));
        rows.entrySet().removeIf(entry -> {
            boolean gone = entry.getKey() < first || entry.getKey() > last;
            if (gone) {
                retire(entry.getValue());
            }
            return gone;
        });
        double gutter = gutterWidth();
        double widest = 0;
        for (long line = first; line <= last; line++) {
            LineRow row = rows.computeIfAbsent(line, n -> hire());
            row.show(line, document.pages().line(line, count), gutter, highlight, current, selection.on(line));
            double rowWidth = row.prefWidth(-1);
            widest = Math.max(widest, rowWidth);
            row.resizeRelocate(-left, Math.floor((line - top) * rowHeight), Math.max(rowWidth, viewWidth + left),
                    rowHeight);
        }
        if (document != null && count > 0) {
            long margin = (long) visibleRows();
            document.pages().prefetch(first - margin, last + margin, count);
        }
        contentWidth = Math.max(contentWidth, widest);
    }

    private void syncBars(long count, boolean needV, boolean needH) {
        syncingBars = true;
        vbar.setVisible(needV);
        vbar.setMax(Math.max(0, count - visibleRows()));
        vbar.setVisibleAmount(visibleRows());
        vbar.setBlockIncrement(Math.max(1, visibleRows() - 1));
        vbar.setUnitIncrement(1);
        vbar.setValue(top);
        hbar.setVisible(needH);
        hbar.setMax(Math.max(0, contentWidth - viewWidth));
        hbar.setVisibleAmount(viewWidth);
        hbar.setBlockIncrement(viewWidth / 2);
        hbar.setUnitIncrement(charWidth * 4);
        hbar.setValue(left);
        syncingBars = false;
    }

    /** Row height and character width from the font the style sheet gives the text. */
    private void measure() {
        probe.applyCss();
        double height = probe.getLayoutBounds().getHeight();
        if (height > 0) {
            rowHeight = Math.ceil(height + ROW_SPACING);
            charWidth = probe.getLayoutBounds().getWidth() / probe.getText().length();
        }
    }

    private double gutterWidth() {
        int digits = Math.max(MIN_DIGITS, Long.toString(lineCount()).length());
        return Math.ceil(digits * charWidth + 2 * LineRow.PAD);
    }

    private LineRow hire() {
        LineRow row = spare.isEmpty() ? new LineRow() : spare.pop();
        if (row.getParent() == null) {
            row.setManaged(false);
            sheet.getChildren().add(row);
        }
        row.setVisible(true);
        return row;
    }

    private void retire(LineRow row) {
        row.setVisible(false);
        spare.push(row);
    }
}
