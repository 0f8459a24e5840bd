package dev.courier.ui;

import dev.courier.core.json.JsonProblem;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before a body that is not valid JSON goes out: people sometimes test servers with broken JSON on purpose. */
final class InvalidBodyDialog {

    static final ButtonType SEND_ANYWAY = new ButtonType("Send anyway", ButtonBar.ButtonData.OK_DONE);

    private InvalidBodyDialog() {
    }

    /** True when the user chose to send anyway. */
    static boolean confirm(Window owner, JsonProblem problem) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SEND_ANYWAY, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Body is not valid JSON");
        alert.setHeaderText("Body is not valid JSON: " + problem.describe());
        alert.setContentText("Send anyway?");
        alert.getDialogPane().setId("invalid-body-dialog");
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        return alert.showAndWait().filter(SEND_ANYWAY::equals).isPresent();
    }
}
