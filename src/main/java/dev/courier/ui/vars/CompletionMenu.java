package dev.courier.ui.vars;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * The list Ctrl+Space opens: the variable names that fit, the first one current so that Enter takes it at once;
 * arrows move, Escape closes.
 */
final class CompletionMenu {

    /** More than this many names are cut: the list is for picking, typing more narrows it. */
    static final int MAX_ITEMS = 60;

    private final ContextMenu menu = new ContextMenu();
    private int current;

    /**
     * The menu's own skin moves the focus with the arrows, but whether Enter finds a focused item depends on when
     * the popup window gets the keyboard; so the list keeps its own current item and handles the keys itself.
     */
    CompletionMenu() {
        menu.getStyleClass().add("variable-completion");
        menu.setOnShown(e -> focus(0));
        menu.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> focus(current + 1);
                case UP -> focus(current - 1);
                case ENTER -> choose();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private List<Node> itemNodes() {
        if (menu.getSkin() == null) {
            return List.of();
        }
        return List.copyOf(menu.getSkin().getNode().lookupAll(".variable-completion-item"));
    }

    private void focus(int index) {
        List<Node> nodes = itemNodes();
        if (nodes.isEmpty()) {
            return;
        }
        current = Math.floorMod(index, nodes.size());
        nodes.get(current).requestFocus();
    }

    private void choose() {
        List<MenuItem> items = menu.getItems();
        if (current >= 0 && current < items.size() && !items.get(current).isDisable()) {
            MenuItem item = items.get(current);
            menu.hide();
            item.fire();
        }
    }

    /** Shows {@code names} at screen point {@code at} below {@code owner}; a chosen name goes to {@code choose}. */
    void show(Node owner, Point2D at, List<String> names, Consumer<String> choose) {
        menu.hide();
        current = 0;
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
