package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.ui.Theme;
import dev.courier.ui.WindowTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The History panel (every send, search, reopen) and the look: text size, theme, the shortcut sheet. */
class HistoryAndLookTest extends WindowTest {

    private ListView<?> history(FxRobot robot) {
        return robot.lookup("#history").queryAs(ListView.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private void send(FxRobot robot, String path) throws Exception {
        robot.clickOn("#url");
        selectAll(robot);
        robot.write(server.url(path));
        shortcut(robot, KeyCode.ENTER);
        server.take();
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));
    }

    @Test
    void everySendIsListedUnderTodaySearchableAndOpensInANewTab(FxRobot robot) throws Exception {
        send(robot, "/employees");
        send(robot, "/orders?open=1");
        waitUntil(() -> history(robot).getItems().size() == 3);
        assertThat(robot.from(robot.lookup("#history").queryAs(Node.class)).lookup(".history-day")
                .queryAs(Label.class).getText()).isEqualTo("Today");
        assertThat(robot.from(robot.lookup("#history").queryAs(Node.class)).lookup(".history-url")
                .queryAllAs(Label.class)).extracting(Label::getText).first().asString().endsWith("/orders?open=1");

        robot.clickOn("#history-search").write("employees");
        waitUntil(() -> history(robot).getItems().size() == 2);
        robot.clickOn(robot.from(robot.lookup("#history").queryAs(Node.class)).lookup(".history-url")
                .queryAs(Label.class));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2);
        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEqualTo(server.url("/employees"));
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));
        waitUntil(() -> String.join("\n", viewer(robot, "#response-body").visibleLines()).contains("\"ok\""));
        assertThat(tabs.getSelectionModel().getSelectedItem().getStyleClass()).as("a history entry is saved nowhere")
                .contains("dirty");

        robot.clickOn("#history-search");
        selectAll(robot);
        robot.write("404");
        waitUntil(() -> history(robot).getItems().isEmpty());
    }

    @Test
    void anEntryIsSavedIntoACollectionFromItsMenu(FxRobot robot) throws Exception {
        send(robot, "/orders");
        waitUntil(() -> history(robot).getItems().size() == 2);
        Path file = home.resolve("api.courier.json");
        dialogs.answer(file); // no collection is open: a new one is made first
        ListCell<?> entry = robot.from(robot.lookup("#history").queryAs(Node.class)).lookup(".history-entry-cell")
                .queryAs(ListCell.class);
        // Monocle sends no context-menu request for a right click: the entry's own menu is opened directly.
        WaitForAsyncUtils.asyncFx(() -> entry.getContextMenu().show(entry, Side.BOTTOM, 0, 0)).get();
        robot.clickOn("Save to collection…");
        waitUntil(() -> robot.lookup("#save-target-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#save-name").queryTextInputControl().getText()).isEqualTo("POST /orders");
        robot.clickOn("Save");
        waitUntil(() -> Files.exists(file) && read(file).contains("\"name\": \"POST /orders\""));
        assertThat(Files.readString(file)).contains(server.url("/orders"));
    }

    @Test
    void clearingTheHistoryAsksFirst(FxRobot robot) throws Exception {
        send(robot, "/a");
        waitUntil(() -> history(robot).getItems().size() == 2);
        robot.clickOn("#clear-history");
        robot.clickOn("Cancel");
        assertThat(history(robot).getItems()).hasSize(2);
        robot.clickOn("#clear-history");
        robot.clickOn("OK");
        waitUntil(() -> history(robot).getItems().isEmpty());
    }

    @Test
    void textSizeThemeAndTheShortcutSheet(FxRobot robot) throws Exception {
        Node root = stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains("font-13");
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        assertThat(root.getStyleClass()).contains("font-15").doesNotContain("font-13");
        assertThat(robot.from(area(robot, "#body")).lookup(".text").queryAs(Text.class).getFont().getSize())
                .as("the editors follow").isEqualTo(15.0);
        shortcut(robot, KeyCode.MINUS);
        assertThat(workspace.tabs().fontSizeProperty().get()).isEqualTo(14);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(root.getStyleClass()).contains("font-13");

        robot.clickOn("View").clickOn("#menu-dark");
        assertThat(Theme.isDark(stage.getScene().getRoot())).isTrue();
        assertThat(workspace.tabs().state().theme()).isEqualTo("dark");

        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcut-dialog").tryQuery().isPresent());
        assertThat(robot.from(robot.lookup("#shortcut-sheet").queryAs(Node.class)).lookup(".shortcut-keys")
                .queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+N", "Ctrl+W", "Ctrl+Tab / Ctrl+Shift+Tab", "Ctrl+S", "Ctrl+O", "F2", "Ctrl+Enter");
        robot.clickOn("Close");
    }
}
