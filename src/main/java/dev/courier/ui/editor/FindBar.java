package dev.courier.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find in the editor (Ctrl+F): case-insensitive, with the match count; Enter and Shift+Enter step through matches,
 * Esc closes. Matches are counted off the UI thread.
 */
final class FindBar {

    private final HBox root = new HBox(6);
    private final TextField query = new TextField();
    private final Label count = new Label();
    private final CodeArea area;
    private final Executor background;
    private final Executor ui;
    private List<Integer> matches = List.of();
    private long generation;

    FindBar(CodeArea area, Executor background, Executor ui) {
        this.area = area;
        this.background = background;
        this.ui = ui;
        query.setId("find-field");
        query.setPromptText("Find");
        query.setPrefColumnCount(24);
        count.setId("find-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(e -> step(-1));
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(e -> step(1));
        Button close = iconButton(Feather.X, "Close (Esc)");
        close.setOnAction(e -> close());
        HBox.setHgrow(query, Priority.ALWAYS);
        root.getChildren().setAll(query, count, previous, next, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("find-bar");
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());

        query.textProperty().addListener((obs, old, now) -> search(true));
        area.plainTextChanges().subscribe(change -> {
            if (root.isVisible()) {
                search(false);
            }
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    HBox node() {
        return root;
    }

    void open() {
        root.setVisible(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        query.requestFocus();
        query.selectAll();
        search(false);
    }

    private void close() {
        root.setVisible(false);
        area.requestFocus();
    }

    /** Recounts the matches; when {@code jump}, selects the first one at or after the caret. */
    private void search(boolean jump) {
        String needle = query.getText().toLowerCase(Locale.ROOT);
        String haystack = area.getText();
        long requested = ++generation;
        background.execute(() -> {
            List<Integer> found = new ArrayList<>();
            if (!needle.isEmpty()) {
                String lower = haystack.toLowerCase(Locale.ROOT);
                for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
                    found.add(i);
                }
            }
            ui.execute(() -> {
                if (requested == generation) {
                    matches = found;
                    if (jump) {
                        select(firstFrom(area.getSelection().getStart()));
                    } else {
                        showCount(current());
                    }
                }
            });
        });
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int index = current();
        int nextIndex = index < 0 ? firstFrom(area.getCaretPosition())
                : Math.floorMod(index + direction, matches.size());
        select(nextIndex);
    }

    private void select(int index) {
        if (index >= 0 && index < matches.size()) {
            int start = matches.get(index);
            area.selectRange(start, start + query.getText().length());
            area.requestFollowCaret();
        }
        showCount(index);
    }

    /** Index of the match that is selected now, or -1. */
    private int current() {
        return matches.indexOf(area.getSelection().getStart());
    }

    private int firstFrom(int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i) >= offset) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    private void showCount(int index) {
        if (query.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No matches");
        } else {
            count.setText((index >= 0 ? (index + 1) + " of " : "") + matches.size()
                    + (index >= 0 ? "" : matches.size() == 1 ? " match" : " matches"));
        }
    }

    private static Button iconButton(Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
