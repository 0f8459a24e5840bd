package dev.courier.ui.vars;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The list Ctrl+Space opens: the variable names that fit, the first one focused so that Enter takes it at once;
 * arrows move, Escape closes (the menu's own keys).
 */
final class CompletionMenu {

    /** More than this many names are cut: the list is for picking, typing more narrows it. */
    static final int MAX_ITEMS = 60;

    private final ContextMenu menu = new ContextMenu();

    CompletionMenu() {
        menu.getStyleClass().add("variable-completion");
        menu.setOnShown(e -> {
            Node first = menu.getSkin() == null ? null : menu.getSkin().getNode().lookup(".menu-item");
            if (first != null) {
                first.requestFocus(); // Enter chooses the focused item; without one it would do nothing
            }
        });
    }

    /** Shows {@code names} at screen point {@code at} below {@code owner}; a chosen name goes to {@code choose}. */
    void show(Node owner, Point2D at, List<String> names, Consumer<String> choose) {
        menu.hide();
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("No matching variables");
            none.setDisable(true);
            menu.getItems().setAll(none);
        } else {
            menu.getItems().setAll(names.stream().limit(MAX_ITEMS).map(name -> item(name, choose)).toList());
        }
        menu.show(owner, at.getX(), at.getY());
    }

    boolean isShowing() {
        return menu.isShowing();
    }

    void hide() {
        menu.hide();
    }

    private static MenuItem item(String name, Consumer<String> choose) {
        MenuItem item = new MenuItem(name);
        item.setMnemonicParsing(false);
        item.getStyleClass().add("variable-completion-item");
        item.setOnAction(e -> choose.accept(name));
        return item;
    }
}
