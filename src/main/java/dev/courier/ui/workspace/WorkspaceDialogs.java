package dev.courier.ui.workspace;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions the workspace asks: close unsaved, a file changed on disk, names, confirmations, reports. */
final class WorkspaceDialogs {

    /** What to do with a tab that has unsaved changes. */
    enum CloseChoice { SAVE, DISCARD, CANCEL }

    /** What to do when a collection file changed on disk since it was read. */
    enum ConflictChoice { RELOAD, OVERWRITE, SAVE_AS, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    static final ButtonType RELOAD = new ButtonType("Reload from disk", ButtonBar.ButtonData.LEFT);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
    static final ButtonType SAVE_AS = new ButtonType("Save as…", ButtonBar.ButtonData.OTHER);

    private WorkspaceDialogs() {
    }

    static CloseChoice askClose(Window owner, String title) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "close-tab-dialog", "Unsaved changes",
                "Save the changes to \"" + title + "\"?", "Closing without saving loses them.",
                SAVE, DISCARD, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == SAVE ? CloseChoice.SAVE : chosen == DISCARD ? CloseChoice.DISCARD : CloseChoice.CANCEL;
    }

    static ConflictChoice askConflict(Window owner, String fileName) {
        Alert alert = alert(owner, Alert.AlertType.WARNING, "save-conflict-dialog", "File changed on disk",
                fileName + " changed on disk since Courier read it.",
                "Reload it (your last edit to the collection is dropped), overwrite it with Courier's version, "
                        + "or save Courier's version under another name.",
                RELOAD, OVERWRITE, SAVE_AS, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == RELOAD ? ConflictChoice.RELOAD : chosen == OVERWRITE ? ConflictChoice.OVERWRITE
                : chosen == SAVE_AS ? ConflictChoice.SAVE_AS : ConflictChoice.CANCEL;
    }

    static boolean confirm(Window owner, String id, String title, String question, String detail) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, id, title, question, detail,
                ButtonType.OK, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    static Optional<String> askName(Window owner, String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getDialogPane().setId("name-dialog");
        dialog.getEditor().setId("name-field");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    /** A list of lines to read and copy, e.g. what a Postman import left out. */
    static void showReport(Window owner, String title, String summary, List<String> lines) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setId("report-dialog");
        Label heading = new Label(summary);
        heading.setWrapText(true);
        heading.setId("report-summary");
        VBox content = new VBox(8, heading);
        if (!lines.isEmpty()) {
            TextArea text = new TextArea(String.join("\n", lines));
            text.setId("report-lines");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(14, lines.size() + 1));
            content.getChildren().add(text);
        }
        content.getStyleClass().add("report");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK);
        dialog.showAndWait();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String id, String title, String header,
                               String detail, ButtonType... buttons) {
        Alert alert = new Alert(type, detail, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        return alert;
    }
}
