package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import dev.courier.ui.auth.AuthViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window driven like a person would: typing, clicking, reading what is shown. Headless (Monocle). */
class MainWindowTest extends WindowTest {
    @Test
    void opensACourierWindowReadyForAJsonPost(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Courier");
        assertThat(stage.getScene().getWidth()).isEqualTo(MainWindow.WIDTH);
        assertThat(robot.lookup("#method").queryAs(ComboBox.class).getValue()).isEqualTo("POST");
        assertThat(robot.lookup("#headers").queryTableView().getItems()).hasSize(3);
        assertThat(area(robot, "#body").getText()).contains("\"name\": \"Emma\"");
        assertThat(robot.lookup("#send").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#response-status").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void typingAUrlAndClickingSendShowsTheResponseAndSendsTheDefaultHeaders(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/employees"));
        robot.clickOn("#send");
        waitUntil(() -> !label(robot, "#response-status").isEmpty());

        assertThat(label(robot, "#response-status")).isEqualTo("200 OK");
        assertThat(label(robot, "#response-time")).matches("\\d+ ms|[\\d.]+ s");
        assertThat(label(robot, "#response-size")).isEqualTo("20 B");
        waitUntil(() -> viewer(robot, "#response-body").visibleLines().contains("  \"ok\": true,"));
        assertThat(viewer(robot, "#response-body").visibleLines()).containsExactly("{", "  \"ok\": true,",
                "  \"id\": 123", "}");
        robot.clickOn("Headers (5)");
        TableView<?> headers = robot.lookup("#response-headers").queryTableView();
        assertThat(headers.getItems()).hasSizeGreaterThanOrEqualTo(4);

        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.pathAndQuery()).isEqualTo("/employees");
        assertThat(got.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(got.header("Accept")).contains("application/json");
        assertThat(got.header("Content-Type")).contains("application/json");
        assertThat(got.bodyText()).isEqualTo(RequestViewModel.EXAMPLE_BODY);
    }

    @Test
    void aSwitchedOffHeaderIsNotSent(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(cell(robot, "#headers", "kv-enabled", 0)).lookup(".check-box").queryAs(CheckBox.class));
        assertThat(vm.auth().typeProperty().get()).isEqualTo(AuthViewModel.Type.NONE);
        robot.clickOn("#url").write(server.url("/"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        LoopbackServer.Received got = server.take();
        assertThat(got.header("Authorization")).isEmpty();
        assertThat(got.header("Accept")).contains("application/json");
    }

    @Test
    void headersCanBeAddedEditedAndRemovedAndTheTokenComesFromTheAuthTab(FxRobot robot) throws Exception {
        robot.clickOn("#add-header").write("X-Request-Id");
        robot.clickOn(field(robot, "#headers", "kv-value", 3)).write("abc-42");
        robot.clickOn(robot.from(cell(robot, "#headers", "kv-remove", 1)).lookup(".button").queryButton());
        assertThat(field(robot, "#headers", "kv-value", 0).isEditable()).as("the Auth tab's row is read-only").isFalse();
        robot.clickOn("Auth · Bearer");
        robot.clickOn("#auth-token");
        selectAll(robot);
        robot.write("s3cret");
        assertThat(vm.auth().tokenProperty().get()).isEqualTo("s3cret");
        robot.clickOn("#url").write(server.url("/"));
        robot.clickOn("#send");

        LoopbackServer.Received got = server.take();
        assertThat(got.header("X-Request-Id")).contains("abc-42");
        assertThat(got.header("Accept")).isEmpty();
        assertThat(got.header("Authorization")).contains("Bearer s3cret");
    }

    @Test
    void aTypedAuthorizationHeaderOverridesTheAuthTabAndTheDerivedRowSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#add-header").write("authorization");
        robot.clickOn(field(robot, "#headers", "kv-value", 3)).write("Basic dTpw");
        TableRow<?> derivedRow = cell(robot, "#headers", "kv-name", 0).getTableRow();
        assertThat(derivedRow.getPseudoClassStates()).extracting(Object::toString).contains("overridden");
        assertThat(field(robot, "#headers", "kv-value", 3).getText()).as("typing was not interrupted")
                .isEqualTo("Basic dTpw");
        robot.clickOn("#url").write(server.url("/"));
        robot.clickOn("#send");

        assertThat(server.take().headerValues("Authorization")).containsExactly("Basic dTpw");
    }

    @Test
    void aCustomMethodAndAnEditedBodyAreSent(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#method").queryAs(ComboBox.class).getEditor());
        selectAll(robot);
        robot.write("purge");
        robot.clickOn("#body");
        selectAll(robot);
        robot.write("[1, \"two\"]");
        robot.clickOn("#url").write(server.url("/cache"));
        robot.type(KeyCode.ENTER);

        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("PURGE");
        assertThat(got.bodyText()).isEqualTo("[1, \"two\"]");
    }

    @Test
    void aRefusedConnectionShowsAReadableErrorInThePane(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        robot.clickOn("#url").write("http://127.0.0.1:" + port + "/");
        robot.clickOn("#send");
        waitUntil(() -> !label(robot, "#response-error").isEmpty());

        Label error = robot.lookup("#response-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Connection refused: nothing is listening on 127.0.0.1:" + port);
        assertThat(error.isVisible() && error.getParent().isVisible()).isTrue();
    }

    @Test
    void whileSendingSendTurnsIntoCancelAndCancellingStopsTheExchange(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/slow"));
        robot.clickOn("#send");
        waitUntil(() -> robot.lookup("#cancel").queryButton().getParent().isVisible());
        assertThat(robot.lookup("#send").queryButton().isVisible()).isFalse();
        waitUntil(() -> !label(robot, "#elapsed").equals("0 ms"));

        robot.clickOn("#cancel");
        waitUntil(() -> vm.stateProperty().get() == RequestViewModel.State.CANCELLED);
        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#send").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("Request cancelled").queryLabeled().getParent().isVisible()).isTrue();
    }

    @Test
    void aBearerTokenOverPlainHttpToAnotherHostIsWarnedAbout(FxRobot robot) throws Exception {
        Label warning = robot.lookup("#security-warning").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();
        robot.clickOn("#url").write("http://api.example.com/users");
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).contains("unencrypted", "api.example.com");
        selectAll(robot);
        robot.write("https://api.example.com/users");
        assertThat(warning.isVisible()).isFalse();
        selectAll(robot);
        robot.write("http://127.0.0.1:8080/users");
        Thread.sleep(600);
        assertThat(warning.isVisible()).as("no flash while typing a loopback address").isFalse();
    }

    @Test
    void theThemeSwitchesBetweenLightAndDark(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        assertThat(Theme.isDark(stage.getScene().getRoot())).isTrue();
        robot.clickOn("#theme-toggle");
        assertThat(Theme.isDark(stage.getScene().getRoot())).isFalse();
    }
}
