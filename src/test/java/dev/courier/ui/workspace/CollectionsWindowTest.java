package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.collection.CollectionSamples;
import dev.courier.ui.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Collections sidebar and the File menu on real files in a temporary folder, clicked and typed like a person. */
class CollectionsWindowTest extends WindowTest {

    private Path file;
    private byte[] original;

    @BeforeEach
    void writeCollection() throws Exception {
        file = home.resolve("employees.courier.json");
        original = CollectionJson.bytes(CollectionSamples.employees());
        Files.write(file, original);
    }

    private void openWithCtrlO(FxRobot robot) throws Exception {
        dialogs.answer(file);
        shortcut(robot, KeyCode.O);
        waitUntil(() -> !robot.lookup("#collections").queryAs(TreeView.class).getRoot().getChildren().isEmpty());
    }

    private Node treeRow(FxRobot robot, String name) {
        return robot.from(robot.lookup("#collections").queryAs(Node.class)).lookup(name).query();
    }

    private static long visibleDots(FxRobot robot) {
        return robot.lookup("#tabs .tab.dirty").queryAll().size();
    }

    private Collection onDisk() {
        try {
            return CollectionJson.read(Files.readString(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCollectionsRequestsKeepTheirCookiesInTheCollectionsOwnJar(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn(treeRow(robot, "Health"));
        robot.clickOn("#url");
        selectAll(robot);
        robot.write(server.url("/set-cookie"));
        robot.clickOn("#send");
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));

        assertThat(workspace.network().jar(Optional.of(file)).cookies().all())
                .extracting(c -> c.name() + "=" + c.value()).containsExactly("session=abc123");
        assertThat(vm.cookieJar().cookies().all()).as("the unsaved requests' jar").isEmpty();
        Path jarFile = workspace.network().jarFile(file);
        waitUntil(() -> Files.exists(jarFile));
        assertThat(Files.readString(jarFile)).contains("abc123");
    }

    @Test
    void openAFileEditARequestAndSaveItWithCtrlS(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn(treeRow(robot, "Health"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).hasSize(2);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Health");
        assertThat(robot.lookup("#url").queryTextInputControl().getText()).isEqualTo("https://status.example.com/");
        assertThat(visibleDots(robot)).isZero();

        robot.clickOn("#url").type(KeyCode.END).write("ping");
        assertThat(visibleDots(robot)).isEqualTo(1);
        shortcut(robot, KeyCode.S);
        waitUntil(() -> visibleDots(robot) == 0);

        RequestItem health = (RequestItem) CollectionTree.find(CollectionSamples.employees(), "health").orElseThrow();
        Collection expected = CollectionTree.replace(CollectionSamples.employees(),
                health.withRequest(health.request().withUrl("https://status.example.com/ping")));
        assertThat(Files.readAllBytes(file)).isEqualTo(CollectionJson.bytes(expected));
    }

    @Test
    void aFileThatDoesNotParseIsShownWithLineAndColumnAndLeftAlone(FxRobot robot) throws Exception {
        Path broken = home.resolve("broken.courier.json");
        String text = "{\n  \"format\": 1,\n  \"name\": \"Broken\",\n  \"colour\": \"red\"\n}\n";
        Files.writeString(broken, text);
        dialogs.answer(broken);
        shortcut(robot, KeyCode.O);
        waitUntil(() -> robot.lookup("#collections-problem").query().isVisible());

        assertThat(label(robot, "#collections-problem-message"))
                .contains("broken.courier.json", "line 4, column", "colour: unknown key", "left untouched");
        assertThat(Files.readString(broken)).isEqualTo(text);
        robot.clickOn("#dismiss-problem");
        assertThat(robot.lookup("#collections-problem").query().isVisible()).isFalse();
    }

    @Test
    void savingAFileChangedOnDiskAsksReloadOverwriteOrSaveAs(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn(treeRow(robot, "Health"));
        robot.clickOn("#url").type(KeyCode.END).write("v2");
        Files.writeString(file, Files.readString(file).replace("The HR service.", "Changed by a colleague."));

        shortcut(robot, KeyCode.S);
        waitUntil(() -> robot.lookup("#save-conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Overwrite");
        waitUntil(() -> visibleDots(robot) == 0);
        assertThat(Files.readString(file)).contains("https://status.example.com/v2").doesNotContain("colleague");
    }

    @Test
    void aRequestInNoCollectionAsksWhereToSave(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn("#url").write("https://api.example.com/ping");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> robot.lookup("#save-target-dialog").tryQuery().isPresent());
        robot.clickOn("#save-name");
        selectAll(robot);
        robot.write("Ping");
        robot.clickOn("Save");
        waitUntil(() -> visibleDots(robot) == 0);

        RequestItem ping = (RequestItem) onDisk().items().get(onDisk().items().size() - 1);
        assertThat(ping.name()).isEqualTo("Ping");
        assertThat(ping.request().url()).isEqualTo("https://api.example.com/ping");
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs().get(0).getText()).isEqualTo("Ping");
    }

    @Test
    void renameWithF2DeleteAndUndoAreSavedToTheFile(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn(treeRow(robot, "Health"));
        robot.type(KeyCode.F2);
        robot.clickOn("#name-field");
        selectAll(robot);
        robot.write("Status").type(KeyCode.ENTER);
        waitUntil(() -> onDisk().items().get(1).name().equals("Status"));
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .as("the open tab follows the rename").isEqualTo("Status");

        robot.clickOn(treeRow(robot, "Admin")).type(KeyCode.DELETE);
        waitUntil(() -> CollectionTree.find(onDisk(), "admin").isEmpty());
        assertThat(label(robot, "#undo-bar-message")).isEqualTo("Deleted \"Admin\".");
        robot.clickOn("#undo-delete");
        waitUntil(() -> CollectionTree.find(onDisk(), "admin").isPresent());
        assertThat(onDisk().items().get(1).name()).isEqualTo("Status");
    }

    @Test
    void droppingARowMovesItIntoAFolderOrBeforeARequest(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        String collection = file.toAbsolutePath().normalize() + "#";
        CollectionsPane pane = view.collectionsPane();
        WaitForAsyncUtils.asyncFx(() -> pane.drop(collection + "health",
                new TreeEntry(workspace.collections().open().get(0),
                        CollectionTree.find(workspace.collections().open().get(0).collection(), "admin")
                                .orElseThrow()))).get();
        waitUntil(() -> ((Folder) CollectionTree.find(onDisk(), "admin").orElseThrow()).items().size() == 3);
        assertThat(((Folder) CollectionTree.find(onDisk(), "admin").orElseThrow()).items().get(2).id())
                .isEqualTo("health");

        WaitForAsyncUtils.asyncFx(() -> pane.drop(collection + "health",
                new TreeEntry(workspace.collections().open().get(0),
                        CollectionTree.find(workspace.collections().open().get(0).collection(), "list-employees")
                                .orElseThrow()))).get();
        waitUntil(() -> ((Folder) onDisk().items().get(0)).items().get(0).id().equals("health"));
        WaitForAsyncUtils.asyncFx(() -> pane.drop(collection + "employees",
                new TreeEntry(workspace.collections().open().get(0),
                        CollectionTree.find(workspace.collections().open().get(0).collection(), "admin")
                                .orElseThrow()))).get();
        assertThat(CollectionTree.parentId(onDisk(), "admin")).as("a folder never goes into itself")
                .isEqualTo("employees");
    }

    @Test
    void draggingARequestOntoAFolderWithTheMouseMovesItThere(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.drag(treeRow(robot, "Health")).dropTo(treeRow(robot, "Admin"));
        waitUntil(() -> CollectionTree.parentId(onDisk(), "health").equals("admin"));
        assertThat(treeRow(robot, "Health")).as("still shown, now inside Admin").isNotNull();
    }

    @Test
    void theFilterBoxNarrowsTheTree(FxRobot robot) throws Exception {
        openWithCtrlO(robot);
        robot.clickOn("#collections-filter").write("csv");
        assertThat(robot.from(robot.lookup("#collections").queryAs(Node.class)).lookup(".node-name")
                .queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Employees API", "Employees", "Admin", "Import CSV");
    }

    @Test
    void aPostmanCollectionIsImportedWithAReportOfWhatWasLeftOut(FxRobot robot) throws Exception {
        Path postman = home.resolve("pets.postman_collection.json");
        Files.writeString(postman, """
                {"info": {"name": "Pets",
                          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [{"name": "List pets", "request": {"method": "GET", "url": "https://pets.example.com/pets"},
                           "event": [{"listen": "test", "script": {"exec": ["pm.test()"]}}]}]}
                """);
        Path target = home.resolve("pets.courier.json");
        dialogs.answer(postman).answer(target);
        robot.clickOn("File").clickOn("#menu-import-postman");
        waitUntil(() -> robot.lookup("#report-dialog").tryQuery().isPresent());

        assertThat(label(robot, "#report-summary")).isEqualTo("Imported \"Pets\". Not imported (1):");
        assertThat(robot.lookup("#report-lines").queryTextInputControl().getText()).contains("List pets");
        assertThat(dialogs.lastSuggestion()).isEqualTo("pets.courier.json");
        robot.clickOn("OK");
        assertThat(CollectionJson.read(Files.readString(target)).name()).isEqualTo("Pets");
        assertThat(treeRow(robot, "List pets")).isNotNull();
    }
}
