package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.ui.WindowTest;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Request tabs driven with the keyboard and the mouse: new, switch, close, the dirty dot, one response each. */
class TabsTest extends WindowTest {

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class);
    }

    private static long visibleDots(FxRobot robot) {
        return robot.lookup("#tabs .tab.dirty").queryAll().size();
    }

    @Test
    void ctrlNOpensATabCtrlTabSwitchesAndEachTabHasItsOwnForm(FxRobot robot) {
        shortcut(robot, KeyCode.N);
        assertThat(tabs(robot).getTabs()).hasSize(2);
        assertThat(tabs(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#url").queryAll()).as("only the selected tab's form is shown").hasSize(1);
        robot.clickOn("#url").write("https://api.example.com/second");
        assertThat(tabs(robot).getTabs().get(1).getText()).isEqualTo("api.example.com/second");

        shortcut(robot, KeyCode.TAB);
        assertThat(tabs(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEqualTo("https://api.example.com/second");
    }

    @Test
    void aDotMarksUnsavedChangesAndOnlyThenClosingAsks(FxRobot robot) {
        assertThat(visibleDots(robot)).isZero();
        robot.clickOn("#url").write("x");
        assertThat(visibleDots(robot)).isEqualTo(1);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(visibleDots(robot)).as("back as it was").isZero();

        shortcut(robot, KeyCode.N);
        shortcut(robot, KeyCode.W);
        assertThat(robot.lookup("#close-tab-dialog").tryQuery()).as("a clean tab closes without asking").isEmpty();
        assertThat(tabs(robot).getTabs()).hasSize(1);

        robot.clickOn("#url").write("https://api.example.com/draft");
        shortcut(robot, KeyCode.W);
        assertThat(robot.lookup("#close-tab-dialog").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(tabs(robot).getTabs()).hasSize(1);

        shortcut(robot, KeyCode.W);
        robot.clickOn("Don't save");
        assertThat(tabs(robot).getTabs()).isEmpty();
        assertThat(robot.lookup("#empty-new-request").tryQuery()).isPresent();
        robot.clickOn("#empty-new-request");
        assertThat(tabs(robot).getTabs()).hasSize(1);
    }

    @Test
    void aMiddleClickClosesTheTabUnderThePointer(FxRobot robot) {
        shortcut(robot, KeyCode.N);
        String firstId = tabs(robot).getTabs().get(0).getId();
        robot.clickOn("#" + firstId, MouseButton.MIDDLE);
        assertThat(tabs(robot).getTabs()).hasSize(1).noneMatch(t -> t.getId().equals(firstId));
    }

    @Test
    void eachTabKeepsItsOwnLastResponse(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/employees"));
        robot.clickOn("#send");
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));

        shortcut(robot, KeyCode.N);
        assertThat(robot.lookup("#response-status").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("No response yet").tryQuery()).isPresent();

        shortcut(robot, KeyCode.TAB);
        assertThat(label(robot, "#response-status")).isEqualTo("200 OK");
        waitUntil(() -> viewer(robot, "#response-body").visibleLines().contains("  \"ok\": true,"));
    }
}
