package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.vars.ActiveEnvironments;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.WindowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

/** The environment selector keeps each context's choice while the tabs change, and shows what is active. */
class EnvironmentSelectionTest extends WindowTest {

    private Path file;

    private void openShop(FxRobot robot) throws Exception {
        file = home.resolve("shop.courier.json");
        RequestItem list = RequestItem.of("list-employees", "List employees",
                RequestSpec.of("GET", "{{base}}/employees", List.of(), Body.NONE));
        Collection shop = new Collection("Shop", "", Defaults.NONE, List.of(), List.of(list), List.of(
                new Environment("Nowhere", List.of(Variable.of("base", "http://127.0.0.1:9"))),
                new Environment("Staging", List.of(Variable.of("base", server.url(""))))));
        Files.write(file, CollectionJson.bytes(shop));
        dialogs.answer(file);
        shortcut(robot, KeyCode.O);
        waitUntil(() -> !robot.lookup("#collections").queryAs(TreeView.class).getRoot().getChildren().isEmpty());
        robot.clickOn(robot.from(robot.lookup("#collections").queryAs(Node.class)).lookup("List employees")
                .queryAs(Node.class));
        waitUntil(() -> workspace.environments().contextProperty().get() != null);
    }

    private static ComboBox<?> selector(FxRobot robot) {
        return robot.lookup("#environment").queryAs(ComboBox.class);
    }

    /** What the closed selector shows. */
    private static String shown(FxRobot robot) {
        ListCell<?> cell = selector(robot).getButtonCell();
        return cell.isVisible() ? cell.getText() : null;
    }

    private static String value(FxRobot robot) {
        Object value = selector(robot).getValue();
        return value == null ? null : value.toString();
    }

    private String activeFile() {
        Path active = home.resolve(ActiveEnvironments.FILE_NAME);
        try {
            return Files.exists(active) ? Files.readString(active, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // being replaced: read it again
        }
    }

    @Test
    void eachTabsContextKeepsItsEnvironmentAndNoneShowsNoEnvironment(FxRobot robot) throws Exception {
        openShop(robot);
        assertThat(shown(robot)).isEqualTo("No environment");

        robot.clickOn("#environment");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Staging"))
                .queryAs(Node.class));
        waitUntil(() -> activeFile().contains("Staging"));
        assertThat(shown(robot)).isEqualTo("Staging");

        shortcut(robot, KeyCode.N);
        waitUntil(() -> workspace.environments().contextProperty().get() == null);
        assertThat(shown(robot)).as("no environment outside collections").isEqualTo("No environment");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> workspace.environments().contextProperty().get() != null);

        assertThat(value(robot)).contains("Staging");
        assertThat(shown(robot)).isEqualTo("Staging");
        assertThat(activeFile()).contains("Staging");
        robot.clickOn("#send");
        LoopbackServer.Received received = server.take();
        assertThat(received.pathAndQuery()).isEqualTo("/employees");
    }

    @Test
    void theRememberedEnvironmentOfACollectionIsActiveWhenItIsOpenedAgain(FxRobot robot) throws Exception {
        Path shop = home.resolve("shop.courier.json").toAbsolutePath();
        String json = "{\"format\":1,\"contexts\":{\"" + shop.toString().replace("\\", "\\\\")
                + "\":{\"source\":\"collection\",\"name\":\"Staging\"}}}";
        Files.writeString(home.resolve(ActiveEnvironments.FILE_NAME), json);
        openShop(robot);

        waitUntil(() -> "Staging".equals(shown(robot)));
        assertThat(activeFile()).contains("Staging");
        shortcut(robot, KeyCode.N);
        waitUntil(() -> workspace.environments().contextProperty().get() == null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "Staging".equals(shown(robot)));
        robot.clickOn("#send");
        assertThat(server.take().pathAndQuery()).isEqualTo("/employees");
        assertThat(activeFile()).as("the remembered choice is kept").contains("Staging");
    }
}
