package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find in a body (Ctrl+F): the query, match case and regular-expression switches, the count, previous and next.
 * Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar and clears the highlights.
 */
final class SearchBar {

    private final HBox root = new HBox(6);
    private final TextField field = new TextField();
    private final SearchViewModel search;
    private Runnable onClose = () -> { };

    SearchBar(String id, SearchViewModel search) {
        this.search = search;
        field.setId(id + "-search");
        field.setPromptText("Find in the body");
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(search.queryProperty());
        ToggleButton matchCase = toggle("Aa", "Match case", id + "-search-case");
        matchCase.selectedProperty().bindBidirectional(search.caseSensitiveProperty());
        ToggleButton regex = toggle(".*", "Regular expression", id + "-search-regex");
        regex.selectedProperty().bindBidirectional(search.regexProperty());
        Label summary = new Label();
        summary.setId(id + "-search-count");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(search.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(e -> search.previous());
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(e -> search.next());
        Button close = iconButton(Feather.X, "Close (Esc)");
        close.setOnAction(e -> close());
        HBox.setHgrow(field, Priority.ALWAYS);
        root.getChildren().setAll(field, matchCase, regex, summary, previous, next, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("find-bar");
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    /** Shows the bar with the query selected, starting with {@code text} when given. */
    void open(String text) {
        root.setVisible(true);
        if (text != null && !text.isEmpty() && !text.contains("\n")) {
            field.setText(text);
        }
        field.requestFocus();
        field.selectAll();
    }

    void setOnClose(Runnable action) {
        onClose = action;
    }

    private void close() {
        root.setVisible(false);
        search.clear();
        onClose.run();
    }

    private static ToggleButton toggle(String text, String tooltip, String id) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().addAll(Styles.SMALL, "search-option");
        toggle.setTooltip(new Tooltip(tooltip));
        return toggle;
    }

    private static Button iconButton(Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
