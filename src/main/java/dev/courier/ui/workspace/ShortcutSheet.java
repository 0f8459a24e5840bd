package dev.courier.ui.workspace;

import java.util.Objects;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard-shortcut cheat sheet (F1 or Ctrl+/): every shortcut of the window, grouped. */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        String group = "";
        for (Shortcuts.Entry entry : Shortcuts.ALL) {
            if (!entry.group().equals(group)) {
                group = entry.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcut-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(entry.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut; the description wraps instead
            Label action = new Label(entry.action());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("shortcut-scroll");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.getDialogPane().setId("shortcut-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(ShortcutSheet.class.getResource("/dev/courier/ui/app.css")).toExternalForm());
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
