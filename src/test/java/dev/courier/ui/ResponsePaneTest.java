package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import dev.courier.testing.RawHttpServer;
import dev.courier.ui.response.LineViewer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The response pane driven like a person would, against the loopback server; headless (Monocle). */
class ResponsePaneTest extends WindowTest {

    private static final List<String> ITEMS_FIRST_LINES = List.of("{", "  \"store\": \"Corner Shop\",",
            "  \"items\": [", "    {", "      \"name\": \"apple\",", "      \"price\": 1.20,");

    private void send(FxRobot robot, String url) throws Exception {
        robot.clickOn("#url");
        selectAll(robot);
        robot.write(url);
        robot.clickOn("#send");
        waitUntil(() -> vm.stateProperty().get() != RequestViewModel.State.SENDING);
    }

    private static void showTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#response-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> lines(FxRobot robot, String viewer) {
        return robot.lookup(viewer).queryAs(LineViewer.class).visibleLines();
    }

    private static boolean startsWith(List<String> lines, List<String> first) {
        return lines.size() >= first.size() && lines.subList(0, first.size()).equals(first);
    }

    @Test
    void prettyRawHeadersAndTheRequestAsSent(FxRobot robot) throws Exception {
        send(robot, server.url("/items"));
        waitUntil(() -> startsWith(lines(robot, "#response-body"), ITEMS_FIRST_LINES));
        assertThat(label(robot, "#response-status")).isEqualTo("200 OK");
        assertThat(label(robot, "#response-version")).isEqualTo("HTTP/1.1");
        assertThat(label(robot, "#response-ttfb")).startsWith("first byte ");

        showTab(robot, "response-tab-raw");
        waitUntil(() -> lines(robot, "#response-raw").equals(List.of(LoopbackServer.ITEMS)));

        showTab(robot, "response-tab-headers");
        TableView<?> headers = robot.lookup("#response-headers").queryTableView();
        assertThat(headers.getItems()).extracting(Object::toString).anyMatch(h -> h.contains("application/json"));

        showTab(robot, "response-tab-cookies");
        assertThat(robot.lookup("#response-cookies").queryTableView().getItems()).hasSize(1);

        showTab(robot, "response-tab-request");
        waitUntil(() -> area(robot, "#response-request").getText().startsWith("POST /items HTTP/1.1\n"));
        assertThat(area(robot, "#response-request").getText()).contains("\nAuthorization: Bearer " + TOKEN + "\n",
                "\nHost: 127.0.0.1:" + server.port() + "\n", "\n\n" + RequestViewModel.EXAMPLE_BODY);
    }

    @Test
    void ctrlFFindsTheMatchesHighlightsThemAndStepsThroughThem(FxRobot robot) throws Exception {
        send(robot, server.url("/items"));
        waitUntil(() -> startsWith(lines(robot, "#response-body"), ITEMS_FIRST_LINES));
        robot.clickOn("#response-body");
        shortcut(robot, KeyCode.F);
        robot.write("price");
        waitUntil(() -> label(robot, "#response-body-search-count").equals("1 of 3"));
        assertThat(robot.lookup("#response-body .search-current").queryAllAs(Path.class))
                .filteredOn(p -> !p.getElements().isEmpty()).hasSize(1);
        assertThat(robot.lookup("#response-body .search-match").queryAllAs(Path.class))
                .filteredOn(p -> !p.getElements().isEmpty()).hasSize(3);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#response-body-search-count").equals("2 of 3"));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        waitUntil(() -> label(robot, "#response-body-search-count").equals("3 of 3"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#response-body .search-match").queryAllAs(Path.class).stream()
                .allMatch(p -> p.getElements().isEmpty()));
    }

    @Test
    void aJsonPathFilterShowsTheSelectionOrWhyThereIsNone(FxRobot robot) throws Exception {
        send(robot, server.url("/items"));
        waitUntil(() -> startsWith(lines(robot, "#response-body"), ITEMS_FIRST_LINES));
        robot.clickOn("#jsonpath").write("$.items[*].name").type(KeyCode.ENTER);
        waitUntil(() -> lines(robot, "#response-body").equals(List.of("[", "  \"apple\",", "  \"bread\",",
                "  \"cheese\"", "]")));
        assertThat(label(robot, "#jsonpath-message")).isEqualTo("3 matches");

        selectAll(robot);
        robot.write("$.items[?(@.price >)]").type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#jsonpath-message").startsWith("Invalid JSONPath expression"));
        waitUntil(() -> startsWith(lines(robot, "#response-body"), ITEMS_FIRST_LINES));
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#jsonpath").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void selectedTextIsCopied(FxRobot robot) throws Exception {
        send(robot, server.url("/items"));
        waitUntil(() -> startsWith(lines(robot, "#response-body"), ITEMS_FIRST_LINES));
        robot.clickOn("#response-body");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        waitUntil(() -> robot.interact(() -> Clipboard.getSystemClipboard().getString()) != null);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("{\n  \"store\": \"Corner Shop\",\n").endsWith("\"owner\": null\n}\n");
    }

    @Test
    void binaryBodiesAreShownAsHexAndImagesAsPictures(FxRobot robot) throws Exception {
        send(robot, server.url("/octets"));
        waitUntil(() -> label(robot, "#response-binary").startsWith("Binary data (application/octet-stream)"));
        waitUntil(() -> !lines(robot, "#response-body").isEmpty() && lines(robot, "#response-body").get(0) != null);
        assertThat(lines(robot, "#response-body").get(0))
                .isEqualTo("00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|");

        send(robot, server.url("/image.png"));
        ImageView image = robot.lookup("#response-image").queryAs(ImageView.class);
        waitUntil(() -> image.getImage() != null && isShowing(image));
        assertThat(image.getImage().getWidth()).isEqualTo(64);
        assertThat(label(robot, "#response-image-caption")).endsWith("64 × 48 pixels");
    }

    @Test
    void redirectsShowATimelineAndTheEmptyAndBrokenBodiesSayWhatHappened(FxRobot robot) throws Exception {
        send(robot, server.url("/hops/2"));
        waitUntil(() -> robot.lookup("#response-tabs").queryAs(TabPane.class).getTabs().size() == 6);
        showTab(robot, "response-tab-timeline");
        assertThat(robot.lookup("#response-timeline").queryTableView().getItems()).hasSize(3);

        send(robot, server.url("/no-content"));
        showTab(robot, "response-tab-pretty");
        waitUntil(() -> robot.lookup("No body: 204 No Content responses have none").tryQuery().isPresent());
        assertThat(robot.lookup("#response-tabs").queryAs(TabPane.class).getTabs()).hasSize(5);

        send(robot, server.url("/not-json"));
        waitUntil(() -> label(robot, "#response-body-notice").startsWith("Not valid JSON (line 1, column 8"));
        assertThat(lines(robot, "#response-body")).containsExactly("{\"a\": 1,}");

        try (RawHttpServer raw = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 50\r\n\r\ntwenty bytes, then..");
            c.close();
        })) {
            send(robot, raw.url("/cut"));
            waitUntil(() -> label(robot, "#response-notice").startsWith("Incomplete body: the connection broke"));
            assertThat(robot.lookup("#response-notice").queryAs(Label.class).isVisible()).isTrue();
            waitUntil(() -> lines(robot, "#response-body").equals(List.of("twenty bytes, then..")));
        }
    }

    @Test
    void aHugeDownloadShowsItsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        robot.clickOn("#url").write(server.url("/huge"));
        robot.clickOn("#send");
        waitUntil(() -> label(robot, "#download-status").matches("Receiving [\\d.]+ MB of 2\\.0 GB.*"));
        assertThat(robot.lookup("#response-download").queryAs(Label.class).getText()).contains("of 2.0 GB");
        robot.clickOn("#response-cancel");
        waitUntil(() -> vm.stateProperty().get() == RequestViewModel.State.CANCELLED);
        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("Request cancelled").queryLabeled().isVisible()).isTrue();
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
