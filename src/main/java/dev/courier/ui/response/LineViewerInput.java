package dev.courier.ui.response;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse and keys do in a {@link LineViewer}: the wheel and the arrow, page and Home/End keys scroll; a
 * press starts a selection and dragging extends it (scrolling at the edges); Shift+click extends it; a double click
 * selects a word, a triple click the line; Ctrl+A selects everything.
 */
final class LineViewerInput {

    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final LineViewer viewer;

    LineViewerInput(LineViewer viewer) {
        this.viewer = viewer;
        viewer.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewer.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewer.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void scrolled(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy; // a plain wheel with Shift scrolls sideways
            dy = 0;
        }
        viewer.scrollTo(viewer.top() - dy / viewer.rowHeight(), viewer.left() - dx);
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !insideText(e)) {
            return;
        }
        viewer.requestFocus();
        TextPosition at = viewer.positionAt(e.getX(), e.getY());
        TextSelection selection = viewer.selection();
        if (e.isShiftDown()) {
            selection.extend(at);
        } else if (e.getClickCount() == 2) {
            selectWord(at);
        } else if (e.getClickCount() >= 3) {
            selection.select(at.line(), 0, Integer.MAX_VALUE);
        } else {
            selection.start(at);
        }
        viewer.requestLayout();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double height = viewer.visibleRows() * viewer.rowHeight();
        if (e.getY() < 0) {
            viewer.scrollTo(viewer.top() - 1, viewer.left());
        } else if (e.getY() > height) {
            viewer.scrollTo(viewer.top() + 1, viewer.left());
        }
        viewer.selection().extend(viewer.positionAt(e.getX(), Math.max(0, Math.min(height - 1, e.getY()))));
        viewer.requestLayout();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double page = Math.max(1, viewer.visibleRows() - 1);
        double top = viewer.top();
        double left = viewer.left();
        double step = viewer.charWidth() * 4;
        boolean handled = true;
        switch (e.getCode()) {
            case UP -> viewer.scrollTo(top - 1, left);
            case DOWN -> viewer.scrollTo(top + 1, left);
            case PAGE_UP -> viewer.scrollTo(top - page, left);
            case PAGE_DOWN, SPACE -> viewer.scrollTo(top + page, left);
            case HOME -> viewer.scrollTo(0, e.isShortcutDown() ? left : 0);
            case END -> viewer.scrollTo(viewer.lineCount(), left);
            case LEFT -> viewer.scrollTo(top, left - step);
            case RIGHT -> viewer.scrollTo(top, left + step);
            default -> handled = false;
        }
        if (!handled && SELECT_ALL.match(e)) {
            viewer.selection().selectAll(viewer.lineCount());
            viewer.requestLayout();
            handled = true;
        }
        if (handled) {
            e.consume();
        }
    }

    private void selectWord(TextPosition at) {
        String text = viewer.shownText(at.line());
        if (text == null || text.isEmpty()) {
            return;
        }
        int from = Math.min(at.column(), text.length() - 1);
        int to = from;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && isWordChar(text.charAt(to))) {
            to++;
        }
        viewer.selection().select(at.line(), from, Math.max(to, from + 1));
    }

    /** Words include the characters of ids, numbers and URLs' parts, so a double click takes a whole value. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** Presses on the scroll bars belong to them. */
    private boolean insideText(MouseEvent e) {
        return viewer.isOverText(e.getX(), e.getY());
    }
}
