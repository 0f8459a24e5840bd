package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.io.vars.GlobalsFile;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.WindowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The environment selector and editor, clicked and typed like a person, against a loopback server. */
class EnvironmentsWindowTest extends WindowTest {

    private static Node secretBox(FxRobot robot, String table, int row) {
        return robot.from(cell(robot, table, "var-secret", row)).lookup(".check-box").query();
    }

    private String environmentsFile() {
        Path file = home.resolve(GlobalsFile.FILE_NAME);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // being replaced: read it again
        }
    }

    @Test
    void aGlobalEnvironmentMadeInTheEditorResolvesTheUrlAndKeepsItsSecretOutOfTheFile(FxRobot robot)
            throws Exception {
        waitUntil(() -> workspace.environments().loadedProperty().get());
        robot.clickOn("#manage-environments");
        waitUntil(() -> robot.lookup("#environment-editor").tryQuery().isPresent());
        robot.clickOn("#environment-new");
        robot.clickOn("#name-field");
        selectAll(robot);
        robot.write("Local").type(KeyCode.ENTER);
        assertThat(label(robot, "#environment-heading")).isEqualTo("Local (global)");

        robot.clickOn(field(robot, "#environment-variables", "var-name", 0)).write("base");
        robot.clickOn(field(robot, "#environment-variables", "var-value", 0)).write(server.url(""));
        robot.clickOn(field(robot, "#environment-variables", "var-name", 1)).write("token");
        robot.clickOn(field(robot, "#environment-variables", "var-value", 1)).write("s3cret-t0ken");
        robot.clickOn(secretBox(robot, "#environment-variables", 1));
        assertThat(robot.from(secretBox(robot, "#environment-variables", 1)).queryAs(CheckBox.class).isSelected())
                .isTrue();
        robot.clickOn("Close");
        waitUntil(() -> environmentsFile().contains("\"token\""));
        assertThat(environmentsFile()).contains("\"base\"", server.url("")).doesNotContain("s3cret-t0ken");
        assertThat(Files.readString(home.resolve("secrets.json"))).contains("s3cret-t0ken");

        robot.clickOn("#environment");
        robot.clickOn("Local");
        assertThat(robot.lookup("#environment").queryAs(ComboBox.class).getValue().toString()).contains("Local");
        robot.clickOn("#url").write("{{base}}/employees");
        robot.clickOn("#send");
        LoopbackServer.Received received = server.take();
        assertThat(received.method()).as("a new form sends its example body").isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/employees");
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));
    }
}
