package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.WindowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

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
        assertThat(robot.from(cell(robot, "#environment-variables", "var-value", 1)).lookup(".text-field")
                .match(NodeQueryUtils.isVisible()).queryAs(Node.class)).as("a secret's value is masked")
                .isInstanceOf(PasswordField.class);
        robot.clickOn("Close");
        waitUntil(() -> environmentsFile().contains("\"token\""));
        assertThat(environmentsFile()).contains("\"base\"", server.url("")).doesNotContain("s3cret-t0ken");
        assertThat(Files.readString(home.resolve("secrets.json"))).contains("s3cret-t0ken");

        robot.clickOn("#environment");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Local"))
                .queryAs(Node.class));
        assertThat(robot.lookup("#environment").queryAs(ComboBox.class).getValue().toString()).contains("Local");
        robot.clickOn("#url").write("{{base}}/employees");
        robot.clickOn("#send");
        LoopbackServer.Received received = server.take();
        assertThat(received.method()).as("a new form sends its example body").isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/employees");
        waitUntil(() -> label(robot, "#response-status").equals("200 OK"));
    }

    @Test
    void folderSettingsGiveHeadersAuthAndVariablesAndTheCollectionsEnvironmentGivesTheBaseUrl(FxRobot robot)
            throws Exception {
        Path file = home.resolve("shop.courier.json");
        RequestItem list = RequestItem.of("list-employees", "List employees",
                RequestSpec.of("GET", "/employees", List.of(), Body.NONE));
        Folder users = new Folder("users", "Users", "", Defaults.NONE, true, List.of(list));
        Collection shop = new Collection("Shop", "", Defaults.NONE.withBaseUrl("{{base}}"), List.of(),
                List.of(users), List.of(new Environment("Nowhere", List.of(Variable.of("base", "http://127.0.0.1:9"))),
                new Environment("Staging", List.of(Variable.of("base", server.url(""))))));
        Files.write(file, CollectionJson.bytes(shop));
        dialogs.answer(file);
        shortcut(robot, KeyCode.O);
        waitUntil(() -> !robot.lookup("#collections").queryAs(TreeView.class).getRoot().getChildren().isEmpty());
        Node tree = robot.lookup("#collections").query();

        TreeCell<?> usersRow = robot.from(tree).lookup(".collection-cell")
                .match(c -> ((TreeCell<?>) c).getItem() instanceof TreeEntry e && e.name().equals("Users"))
                .queryAs(TreeCell.class);
        WaitForAsyncUtils.asyncFx(() -> usersRow.getContextMenu().show(usersRow, Side.BOTTOM, 0, 0)).get();
        robot.clickOn("Settings…");
        waitUntil(() -> robot.lookup("#folder-settings").tryQuery().isPresent());
        Node settings = robot.lookup("#folder-settings").query();
        robot.clickOn("#folder-add-header").write("X-Team");
        robot.clickOn(field(robot, "#folder-headers", "kv-value", 0)).write("people");
        robot.clickOn("Auth");
        assertThat(robot.from(settings).lookup("#auth-type").queryAs(ComboBox.class).getValue().toString())
                .startsWith("Inherit");
        robot.clickOn(robot.from(settings).lookup("#auth-type").queryAs(Node.class));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Bearer token"))
                .queryAs(Node.class));
        robot.clickOn("Variables");
        robot.clickOn(field(robot, "#folder-variables", "var-name", 0)).write("token");
        robot.clickOn(field(robot, "#folder-variables", "var-value", 0)).write("folder-t0ken");
        robot.clickOn("Save");
        waitUntil(() -> CollectionTree.find(onDisk(file), "users").map(f -> ((Folder) f).variables())
                .orElseThrow().equals(List.of(Variable.of("token", "folder-t0ken"))));
        assertThat(((Folder) CollectionTree.find(onDisk(file), "users").orElseThrow()).defaults().auth())
                .isEqualTo(new Auth.Bearer("{{token}}"));

        robot.clickOn(robot.from(tree).lookup("List employees").queryAs(Node.class));
        robot.clickOn("#auth-tab");
        assertThat(robot.lookup("#auth-type").match(NodeQueryUtils.isVisible()).queryAs(ComboBox.class).getValue()
                .toString()).as("a saved request that inherits shows Inherit").startsWith("Inherit");
        robot.clickOn("#headers-tab");
        assertThat(field(robot, "#headers", "kv-value", 0).getText()).as("the inherited header, as a derived row")
                .isEqualTo("Bearer {{token}}");
        robot.clickOn("#environment");
        assertThat(robot.lookup("#environment").queryAs(ComboBox.class).getItems()).extracting(Object::toString)
                .anyMatch(choice -> choice.toString().contains("Staging"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Staging"))
                .queryAs(Node.class));
        assertThat(robot.lookup("#url").query().getPseudoClassStates()).as("a relative URL under a base URL")
                .noneMatch(p -> p.getPseudoClassName().equals("invalid"));
        robot.clickOn("#send");
        LoopbackServer.Received received = server.take();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.pathAndQuery()).isEqualTo("/employees");
        assertThat(received.header("Authorization")).contains("Bearer folder-t0ken");
        assertThat(received.header("X-Team")).as("the folder's default header").contains("people");
        waitUntil(() -> Files.exists(home.resolve("active-environments.json")));
        assertThat(Files.readString(home.resolve("active-environments.json"))).contains("Staging");
    }

    private static Collection onDisk(Path file) {
        try {
            return CollectionJson.read(Files.readString(file));
        } catch (Exception e) {
            return Collection.named("being written");
        }
    }
}
