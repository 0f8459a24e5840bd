package dev.courier.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.codegen.SnippetTarget;
import dev.courier.ui.WindowTest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The code pane in the window: it follows the request, switches language, copies. */
class CodePaneTest extends WindowTest {

    private static String clipboard() throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> text.set(Clipboard.getSystemClipboard().getString())).get();
        return text.get();
    }

    private static void clearClipboard() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().clear()).get();
    }

    @Test
    void showsCodeForTheRequestAndFollowsEdits(FxRobot robot) throws Exception {
        robot.clickOn("#url").write("https://api.example.com/employees");
        robot.clickOn("#show-code");
        waitUntil(() -> area(robot, "#snippet-code").getText().contains("https://api.example.com/employees"));
        assertThat(area(robot, "#snippet-code").getText()).startsWith("curl").contains("\"$API_TOKEN\"", "Emma");

        robot.clickOn("#url").type(KeyCode.END).write("/42"); // the click may land inside the text
        waitUntil(() -> area(robot, "#snippet-code").getText().contains("/employees/42"));

        @SuppressWarnings("unchecked")
        ComboBox<SnippetTarget> target = robot.lookup("#snippet-target").queryAs(ComboBox.class);
        robot.clickOn(target).clickOn("Python — requests");
        waitUntil(() -> area(robot, "#snippet-code").getText().contains("import requests"));

        robot.clickOn("#snippet-mask");
        waitUntil(() -> area(robot, "#snippet-code").getText().contains("Bearer " + TOKEN));
    }

    @Test
    void copiesTheCodeWithTheButtonAndWithCtrlShiftC(FxRobot robot) throws Exception {
        robot.clickOn("#url").write("http://127.0.0.1:8080/x");
        robot.clickOn("#show-code");
        clearClipboard();
        robot.clickOn("#copy-snippet");
        waitUntil(() -> robot.lookup("#copy-snippet").queryButton().getText().equals("Copied"));
        assertThat(clipboard()).startsWith("curl").contains("http://127.0.0.1:8080/x");

        robot.clickOn("#show-code"); // closed: the shortcut still copies
        clearClipboard();
        robot.clickOn("#url");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboard() != null);
        assertThat(clipboard()).startsWith("curl");
        assertThat(robot.lookup("#snippet-code").tryQuery()).isEmpty();
    }

    @Test
    void copyAsCurlFromTheMenu(FxRobot robot) throws Exception {
        robot.clickOn("#url").write("http://127.0.0.1:8080/menu");
        clearClipboard();
        robot.clickOn("#more-menu").clickOn("Copy as curl");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboard() != null);
        assertThat(clipboard()).startsWith("curl").contains("/menu");
    }
}
