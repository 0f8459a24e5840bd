package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Pasting a curl command into the URL field imports it; Undo puts the form back. */
class CurlPasteTest extends WindowTest {

    private static void putOnClipboard(String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }).get();
    }

    @Test
    void pastingACurlCommandFillsTheRequestAndSendsWhatCurlWould(FxRobot robot) throws Exception {
        putOnClipboard("curl -X PATCH '" + server.url("/items/7?tag=a%20b") + "' \\\n  -H 'X-Trace: abc' \\\n"
                + "  -H 'Content-Type: application/json' \\\n  --data-raw '{\"done\":true}'");
        robot.clickOn("#url");
        shortcut(robot, KeyCode.V);
        waitUntil(() -> vm.methodProperty().get().equals("PATCH"));

        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEqualTo(server.url("/items/7?tag=a%20b"));
        assertThat(robot.lookup("#method").queryAs(ComboBox.class).getValue()).isEqualTo("PATCH");
        assertThat(area(robot, "#body").getText()).isEqualTo("{\"done\":true}");
        assertThat(robot.lookup("#import-notice").queryAs(Label.class).getText())
                .startsWith("Imported curl command: PATCH");

        robot.clickOn("#send");
        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("PATCH");
        assertThat(got.pathAndQuery()).isEqualTo("/items/7?tag=a%20b");
        assertThat(got.header("X-Trace")).contains("abc");
        assertThat(got.header("Accept")).contains("*/*");
        assertThat(got.bodyText()).isEqualTo("{\"done\":true}");
    }

    @Test
    void undoPutsBackTheRequestThatWasThere(FxRobot robot) throws Exception {
        RequestViewModel.FormState before = WaitForAsyncUtils.asyncFx(() -> vm.snapshot()).get();
        putOnClipboard("curl https://api.example.com/x -d a=1");
        robot.clickOn("#url");
        shortcut(robot, KeyCode.V);
        waitUntil(() -> robot.lookup("#undo-import").query().isVisible());
        robot.clickOn("#undo-import");
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.snapshot()).get()).isEqualTo(before);
    }

    @Test
    void ordinaryTextIsPastedAsText(FxRobot robot) throws Exception {
        putOnClipboard("https://api.example.com/curl");
        robot.clickOn("#url");
        shortcut(robot, KeyCode.V);
        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEqualTo("https://api.example.com/curl");
        assertThat(robot.lookup("#import-notice").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theImportDialogTakesACommandToo(FxRobot robot) throws Exception {
        robot.clickOn("#more-menu").clickOn("Import curl command…");
        TextArea command = robot.lookup("#curl-command").queryAs(TextArea.class);
        robot.clickOn(command).write("curl -I https://api.example.com/health");
        robot.clickOn("Import");
        waitUntil(() -> vm.methodProperty().get().equals("HEAD"));
        assertThat(vm.urlProperty().get()).isEqualTo("https://api.example.com/health");
    }
}
