package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Variable;
import dev.courier.io.settings.InsecureHostsFile;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What is asked before a request leaves: variables without a value, credentials over plain http. */
class SendSafetyTest extends WindowTest {

    private void useEnvironment(FxRobot robot, Variable... variables) throws Exception {
        robot.interact(() -> workspace.environments().setGlobalVariables(List.of(variables)));
        waitUntil(() -> workspace.environments().globalsProperty().get().variables().equals(List.of(variables)));
    }

    @Test
    void unresolvedVariablesAreListedBeforeSendingAndNothingLeavesOnCancel(FxRobot robot) throws Exception {
        useEnvironment(robot, Variable.secret("token", "t0k3n"));
        robot.clickOn("#url").write(server.url("/users/{{userId}}?q={{query}}"));
        robot.clickOn("#send");

        DialogPane dialog = robot.lookup("#unresolved-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("2 unresolved variables: userId, query");
        robot.clickOn((Node) dialog.lookupButton(ButtonType.CANCEL));
        Thread.sleep(300);
        assertThat(server.pending()).isZero();

        useEnvironment(robot, Variable.secret("token", "t0k3n"), Variable.of("userId", "42"), Variable.of("query", "x"));
        robot.clickOn("#send");
        assertThat(robot.lookup("#unresolved-dialog").tryQuery()).isEmpty();
        var received = server.take();
        assertThat(received.pathAndQuery()).isEqualTo("/users/42?q=x");
        assertThat(received.header("Authorization")).contains("Bearer t0k3n");
    }

    @Test
    void aBearerTokenForAnotherMachineOverPlainHttpIsConfirmedAndCanBeDismissedForTheHost(FxRobot robot)
            throws Exception {
        useEnvironment(robot, Variable.secret("token", "t0k3n"));
        robot.clickOn("#url").write("http://api.example.invalid/employees");
        waitUntil(() -> robot.lookup("#security-warning").query().isVisible());
        robot.clickOn("#send");

        DialogPane dialog = robot.lookup("#insecure-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The bearer token would travel unencrypted over http:// to "
                + "api.example.invalid. Tokens belong on https://.");
        robot.clickOn((Node) dialog.lookupButton(SendConfirmations.STOP_WARNING));
        waitUntil(() -> !label(robot, "#response-error").isEmpty()); // sent: the host does not exist
        waitUntil(() -> Files.exists(home.resolve(InsecureHostsFile.FILE_NAME)));
        assertThat(Files.readString(home.resolve(InsecureHostsFile.FILE_NAME))).contains("api.example.invalid");
        assertThat(robot.lookup("#security-warning").query().isVisible()).isFalse();

        robot.clickOn("#send");
        assertThat(robot.lookup("#insecure-dialog").tryQuery()).as("dismissed for this host").isEmpty();
    }

    @Test
    void theLoopbackHostIsNeverWarnedAbout(FxRobot robot) throws Exception {
        useEnvironment(robot, Variable.secret("token", "t0k3n"));
        robot.clickOn("#url").write(server.url("/employees"));
        robot.clickOn("#send");
        assertThat(server.take().header("Authorization")).contains("Bearer t0k3n");
        assertThat(robot.lookup("#insecure-dialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#security-warning").query().isVisible()).isFalse();
    }
}
