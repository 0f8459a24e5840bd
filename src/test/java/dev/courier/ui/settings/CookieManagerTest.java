package dev.courier.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.ui.WindowTest;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The cookie manager shows what responses set, and deletes and adds cookies in the jar requests use. */
class CookieManagerTest extends WindowTest {

    @Test
    void cookiesSetByAResponseAreListedAndCanBeDeletedAndAdded(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/set-cookie"));
        robot.clickOn("#send");
        waitUntil(() -> !label(robot, "#response-status").isEmpty());
        server.take();

        robot.clickOn("#more-menu").clickOn("Cookies…");
        TableView<?> table = robot.lookup("#cookie-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("session");
        robot.clickOn("#cookie-delete");
        assertThat(table.getItems()).isEmpty();
        assertThat(vm.cookieJar().cookies().all()).isEmpty();

        robot.clickOn("#cookie-add");
        robot.clickOn("#cookie-new-domain").write("127.0.0.1");
        robot.clickOn("#cookie-new-name").write("theme");
        robot.clickOn("#cookie-new-value").write("dark");
        robot.clickOn("OK");
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("Close");

        robot.clickOn("#url");
        selectAll(robot);
        robot.write(server.url("/again"));
        robot.clickOn("#send");
        assertThat(server.take().header("Cookie")).contains("theme=dark");
    }
}
