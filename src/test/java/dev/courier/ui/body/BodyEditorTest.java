package dev.courier.ui.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import dev.courier.ui.WindowTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The body editor in the window: validation as you type, format, the send check, forms and multipart. */
class BodyEditorTest extends WindowTest {

    @TempDir
    Path dir;

    private void replaceBody(FxRobot robot, String text) {
        robot.clickOn("#body");
        selectAll(robot);
        robot.type(KeyCode.DELETE);
        robot.write(text);
    }

    private void chooseType(FxRobot robot, BodyType type) {
        @SuppressWarnings("unchecked")
        ComboBox<BodyType> box = robot.lookup("#body-type").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(type.toString());
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumnAndClearsWhenFixed(FxRobot robot) throws Exception {
        CodeArea body = area(robot, "#body");
        robot.clickOn("#body");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.type(KeyCode.UP, 2).type(KeyCode.END).type(KeyCode.BACK_SPACE); // the comma after "age": 28
        Label problem = robot.lookup("#body-problem").queryAs(Label.class);
        waitUntil(problem::isVisible);

        assertThat(problem.getText()).isEqualTo("line 4, column 3: missing comma between properties");
        assertThat(body.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        waitUntil(() -> body.getStyleSpans(3).styleStream().anyMatch(s -> s.contains("problem-error")));
        assertThat(robot.lookup("#body .lineno").queryAllAs(Label.class))
                .filteredOn(l -> l.getPseudoClassStates().toString().contains("problem"))
                .extracting(Label::getText).containsExactly("4");

        robot.write(",");
        waitUntil(() -> !problem.isVisible());
        assertThat(body.getPseudoClassStates()).extracting(Object::toString).doesNotContain("invalid");
    }

    @Test
    void formatPrettyPrintsMinifiesAndIsUndoable(FxRobot robot) throws Exception {
        replaceBody(robot, "{\"n\":1.50,\"list\":[1,2]");
        CodeArea body = area(robot, "#body");
        assertThat(body.getText()).isEqualTo("{\"n\":1.50,\"list\":[1,2]}");
        robot.clickOn("#format-body");
        waitUntil(() -> body.getText().contains("\n"));
        assertThat(body.getText()).isEqualTo("{\n  \"n\": 1.50,\n  \"list\": [\n    1,\n    2\n  ]\n}");

        shortcut(robot, KeyCode.Z);
        waitUntil(() -> !body.getText().contains("\n"));
        assertThat(body.getText()).isEqualTo("{\"n\":1.50,\"list\":[1,2]}");

        robot.clickOn("#body");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> body.getText().contains("\n"));
        robot.clickOn("#minify-body");
        waitUntil(() -> !body.getText().contains("\n"));
        assertThat(body.getText()).isEqualTo("{\"n\":1.50,\"list\":[1,2]}");
    }

    @Test
    void formatRefusesInvalidJsonAndSaysWhy(FxRobot robot) throws Exception {
        replaceBody(robot, "[1 2");
        CodeArea body = area(robot, "#body");
        String before = body.getText();
        robot.clickOn("#format-body");
        waitUntil(() -> label(robot, "#body-problem").startsWith("Cannot format"));
        assertThat(label(robot, "#body-problem")).isEqualTo("Cannot format: line 1, column 4: missing comma between elements");
        assertThat(body.getText()).isEqualTo(before);
    }

    @Test
    void editingKeysIndentCloseAndStepOverBrackets(FxRobot robot) throws Exception {
        robot.clickOn("#body");
        selectAll(robot);
        robot.type(KeyCode.DELETE);
        robot.write("{");
        robot.type(KeyCode.ENTER);
        robot.write("\"a\": [");
        robot.type(KeyCode.ENTER);
        robot.write("1");
        CodeArea body = area(robot, "#body");
        assertThat(body.getText()).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");

        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(body.getParagraph(2).getText()).isEqualTo("  1");
        robot.type(KeyCode.TAB);
        assertThat(body.getParagraph(2).getText()).isEqualTo("    1");
    }

    @Test
    void sendingInvalidJsonAsksOnceAndCancelSendsNothing(FxRobot robot) throws Exception {
        replaceBody(robot, "{\"broken\": "); // the closing brace is typed for us
        robot.clickOn("#url").write(server.url("/x"));
        robot.clickOn("#send");
        DialogPane dialog = robot.lookup("#invalid-body-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Body is not valid JSON: line 1, column 12: "
                + "expected a value but found '}'");
        robot.clickOn((javafx.scene.Node) dialog.lookupButton(ButtonType.CANCEL));
        Thread.sleep(300);
        assertThat(server.pending()).isZero();

        robot.clickOn("#send");
        DialogPane again = robot.lookup("#invalid-body-dialog").queryAs(DialogPane.class);
        robot.clickOn((javafx.scene.Node) again.lookupButton(again.getButtonTypes().get(0)));
        assertThat(server.take().bodyText()).isEqualTo("{\"broken\": }");
        waitUntil(() -> robot.lookup("#send").query().isVisible()); // the response is in

        robot.clickOn("#send");
        assertThat(server.take().bodyText()).as("not asked twice for the same body").isEqualTo("{\"broken\": }");
    }

    @Test
    void aFormBodyTypedInTheTableIsSentUrlEncoded(FxRobot robot) throws Exception {
        chooseType(robot, BodyType.FORM);
        robot.clickOn("#add-form-field").write("name");
        robot.clickOn(field(robot, "#body-form", "kv-value", 0)).write("Zoë & co");
        robot.clickOn("#add-form-field").write("city");
        robot.clickOn(field(robot, "#body-form", "kv-value", 1)).write("Boston");
        robot.clickOn("#url").write(server.url("/form"));
        robot.clickOn("#send");

        LoopbackServer.Received got = server.take();
        assertThat(got.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(got.bodyText()).isEqualTo("name=Zo%C3%AB+%26+co&city=Boston");
    }

    @Test
    void aMultipartBodyWithATextFieldAndAFileIsSentAsParts(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello file");
        chooseType(robot, BodyType.MULTIPART);
        robot.clickOn("#add-part-field");
        robot.clickOn(field(robot, "#body-parts", "part-name", 0)).write("title");
        robot.clickOn(field(robot, "#body-parts", "part-value", 0)).write("Report");
        robot.clickOn("#add-part-file");
        robot.clickOn(field(robot, "#body-parts", "part-name", 1)).write("attachment");
        robot.clickOn(field(robot, "#body-parts", "part-value", 1)).write(file.toString());
        robot.clickOn("#url").write(server.url("/upload"));
        robot.clickOn("#send");

        LoopbackServer.Received got = server.take();
        String type = got.header("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/form-data; boundary=");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nReport\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"attachment\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello file\r\n"
                + "--" + boundary + "--\r\n");
    }

    @Test
    void findCountsAndSelectsMatches(FxRobot robot) throws Exception {
        robot.clickOn("#body");
        shortcut(robot, KeyCode.F);
        robot.write("o");
        waitUntil(() -> label(robot, "#find-count").equals("1 of 2"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#find-count").equals("2 of 2"));
        assertThat(area(robot, "#body").getSelectedText()).isEqualTo("o");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".find-bar").query().isVisible()).isFalse();
    }
}
