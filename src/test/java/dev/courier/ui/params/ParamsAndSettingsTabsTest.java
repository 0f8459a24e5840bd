package dev.courier.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import dev.courier.ui.WindowTest;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Params and Settings tabs in the window, as a person uses them. */
class ParamsAndSettingsTabsTest extends WindowTest {

    @Test
    void typingInTheUrlFillsTheParamsAndEditingThemRewritesTheUrl(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/search?q=a%20b&page=2"));
        robot.clickOn("Params (2)");
        TableView<?> table = robot.lookup("#params").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(field(robot, "#params", "param-value", 0).getText()).isEqualTo("a b");

        robot.clickOn(field(robot, "#params", "param-value", 1));
        selectAll(robot);
        robot.write("3 & 4");
        TextField url = robot.lookup("#url").query();
        assertThat(url.getText()).isEqualTo(server.url("/search?q=a%20b&page=3%20%26%204"));

        robot.clickOn(robot.from(cell(robot, "#params", "param-enabled", 0)).lookup(".check-box").queryAs(CheckBox.class));
        assertThat(url.getText()).isEqualTo(server.url("/search?page=3%20%26%204"));
        robot.clickOn("#send");
        assertThat(server.take().pathAndQuery()).isEqualTo("/search?page=3%20%26%204");
    }

    @Test
    void aPathVariableIsFilledInWhenSending(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/users/:id"));
        robot.clickOn("Params");
        robot.clickOn(field(robot, "#path-variables", "path-value", 0)).write("ann lee");
        robot.clickOn("#send");
        assertThat(server.take().pathAndQuery()).isEqualTo("/users/ann%20lee");
    }

    @Test
    void settingsChangeHowTheRequestIsSent(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/redirect"));
        robot.clickOn("Settings");
        robot.clickOn("#setting-follow-redirects");
        robot.clickOn("#setting-verify-tls");
        assertThat(robot.lookup("#tls-off").query().isVisible()).isTrue();
        assertThat(robot.lookup("#tls-verification-off").query().isVisible()).isTrue();
        robot.clickOn("#send");
        waitUntil(() -> !label(robot, "#response-status").isEmpty());
        assertThat(label(robot, "#response-status")).isEqualTo("302 Found");
        LoopbackServer.Received got = server.take();
        assertThat(got.pathAndQuery()).isEqualTo("/redirect");
        assertThat(server.pending()).as("the redirect was not followed").isZero();
        assertThat(robot.lookup("Settings •").tryQuery()).isPresent();
    }

    @Test
    void anInvalidUrlIsMarkedAndExplained(FxRobot robot) {
        robot.clickOn("#url").write("http://exa mple.com/");
        TextField url = robot.lookup("#url").query();
        assertThat(url.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(url.getTooltip().getText()).contains("space");
        selectAll(robot);
        robot.write("https://example.com/ok");
        assertThat(url.getPseudoClassStates()).extracting(Object::toString).doesNotContain("invalid");
        assertThat(robot.lookup("#tls-off").queryAs(Label.class).isVisible()).isFalse();
    }
}
