package dev.courier.ui.workspace;

import javafx.scene.Parent;

/**
 * The text size setting as a style class on the window's root ({@code font-13}): app.css gives each size the
 * editors' font size and a window font one point larger, so everything scales together without inline styles.
 */
final class FontSizes {

    private static final String PREFIX = "font-";

    private FontSizes() {
    }

    static void apply(Parent root, int size) {
        root.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        root.getStyleClass().add(PREFIX + size);
    }
}
