package dev.courier.ui;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a curl command to import (File → Import → curl); pasting one into the URL field does the same. */
final class ImportCurlDialog {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportCurlDialog() {
    }

    /** The command typed or pasted, if the user chose Import. */
    static Optional<String> ask(Window owner) {
        TextArea command = new TextArea();
        command.setId("curl-command");
        command.setPromptText("curl -X POST https://api.example.com/employees -H 'Content-Type: application/json' "
                + "-d '{\"name\":\"Emma\"}'");
        command.setWrapText(true);
        command.setPrefRowCount(8);
        command.setPrefColumnCount(70);
        Label hint = new Label("Paste a curl command (bash, Windows cmd or PowerShell). It replaces the current request; "
                + "Undo puts it back.");
        hint.setWrapText(true);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import curl command");
        dialog.getDialogPane().setId("import-curl-dialog");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(new VBox(10, hint, command));
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).disableProperty().bind(command.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == IMPORT ? command.getText() : null);
        dialog.setOnShown(e -> command.requestFocus());
        return dialog.showAndWait();
    }
}
