package dev.courier.ui;

import dev.courier.core.http.InsecureCredentials;
import dev.courier.core.json.JsonProblem;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The questions asked before a request goes out when it may not be what the user means: a body that is not valid
 * JSON, variables without a value, credentials over plain http. Each can be answered "send anyway".
 */
final class SendConfirmations {

    static final ButtonType SEND_ANYWAY = new ButtonType("Send anyway", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STOP_WARNING = new ButtonType("Send, and don't warn again for this host",
            ButtonBar.ButtonData.OTHER);

    /** What the user answered to the http warning. */
    enum InsecureAnswer { SEND, SEND_AND_STOP_WARNING, CANCEL }

    private SendConfirmations() {
    }

    /** True when the user chose to send a body that is not valid JSON. */
    static boolean sendInvalidBody(Window owner, JsonProblem problem) {
        Alert alert = alert(owner, "invalid-body-dialog", "Body is not valid JSON",
                "Body is not valid JSON: " + problem.describe(), "Send anyway?", SEND_ANYWAY, ButtonType.CANCEL);
        return alert.showAndWait().filter(SEND_ANYWAY::equals).isPresent();
    }

    /** True when the user chose to send with variables left as typed ("2 unresolved variables: a, b"). */
    static boolean sendUnresolved(Window owner, Resolution<RequestSpec> prepared) {
        Alert alert = alert(owner, "unresolved-dialog", "Unresolved variables", prepared.unresolvedMessage(),
                "They would be sent as typed, braces included. Choose an environment or define them, or send "
                        + "anyway?", SEND_ANYWAY, ButtonType.CANCEL);
        return alert.showAndWait().filter(SEND_ANYWAY::equals).isPresent();
    }

    /** Asks before credentials travel over plain http to another machine. */
    static InsecureAnswer sendInsecure(Window owner, InsecureCredentials.Warning warning) {
        Alert alert = alert(owner, "insecure-dialog", "Credentials over plain http", warning.message(),
                "Anyone on the network between you and " + warning.host() + " can read them.", SEND_ANYWAY,
                STOP_WARNING, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SEND_ANYWAY ? InsecureAnswer.SEND
                : answer == STOP_WARNING ? InsecureAnswer.SEND_AND_STOP_WARNING : InsecureAnswer.CANCEL;
    }

    private static Alert alert(Window owner, String id, String title, String header, String content,
                               ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.WARNING, content, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        return alert;
    }
}
