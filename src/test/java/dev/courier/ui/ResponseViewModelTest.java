package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.FileBody;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.RawHttpServer;
import dev.courier.ui.response.CookieRow;
import dev.courier.ui.response.Documents;
import dev.courier.ui.response.HopRow;
import dev.courier.ui.response.ResponseBodyViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response pane's state after real exchanges with a loopback server, with a direct UI executor; no toolkit. */
class ResponseViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final RequestViewModel vm = new RequestViewModel(new HttpEngine(), background, Runnable::run);
    private final ResponseViewModel response = vm.response();
    private final ResponseBodyViewModel body = response.body();
    private LoopbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
        background.shutdownNow();
    }

    private void get(String url) throws Exception {
        vm.methodProperty().set("GET");
        vm.urlProperty().set(url);
        vm.send().get(20, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void theStatusLineHeadersCookiesAndTheRequestAsSent() throws Exception {
        get(server.url("/items"));
        assertThat(response.statusProperty().get()).isEqualTo("200 OK");
        assertThat(response.versionProperty().get()).isEqualTo("HTTP/1.1");
        assertThat(response.timeProperty().get()).matches("\\d+ ms|[\\d.]+ s");
        assertThat(response.firstByteProperty().get()).matches("first byte (\\d+ ms|[\\d.]+ s)");
        assertThat(response.sizeProperty().get()).isEqualTo("209 B");
        assertThat(response.cookies()).containsExactly(new CookieRow("session", "abc123", "127.0.0.1", "/",
                "Session", "HttpOnly, SameSite=Lax"));
        assertThat(response.hops()).isEmpty();
        assertThat(response.request().choices()).isEmpty();
        assertThat(response.request().textProperty().get()).startsWith("GET /items HTTP/1.1\n")
                .contains("\nHost: 127.0.0.1:" + server.port() + "\n", "\nAuthorization: Bearer {{token}}\n",
                        "\nUser-Agent: Courier/");
        assertThat(Documents.prettyText(body)).startsWith("{\n  \"store\": \"Corner Shop\",\n  \"items\": [");
        assertThat(body.faceProperty().get()).isEqualTo(ResponseBodyViewModel.Face.TEXT);
    }

    @Test
    void compressedBodiesShowTheirSizeOnTheWire() throws Exception {
        get(server.url("/gzip"));
        assertThat(response.sizeProperty().get()).matches("2\\.0 KB \\(\\d+ B on the wire\\)");
        assertThat(Documents.prettyText(body)).startsWith("{\n  \"compressed\": \"yes\",");
    }

    @Test
    void redirectsGiveATimelineAndTheFirstRequestWithTheFinalOneAvailable() throws Exception {
        get(server.url("/hops/2"));
        assertThat(response.hops()).extracting(HopRow::status).containsExactly("301 Moved Permanently", "302 Found",
                "200 OK");
        assertThat(response.hops().get(0).location()).isEqualTo(server.url("/hops/1"));
        assertThat(response.request().choices()).containsExactly("First request: GET " + server.url("/hops/2"),
                "Redirect 1: GET " + server.url("/hops/1"), "Final request: GET " + server.url("/items"));
        assertThat(response.request().textProperty().get()).startsWith("GET /hops/2 HTTP/1.1");
        response.request().choiceProperty().set(2);
        assertThat(response.request().textProperty().get()).startsWith("GET /items HTTP/1.1");
    }

    @Test
    void theRawViewOpensOnDemandExactlyAsReceived() throws Exception {
        get(server.url("/items"));
        waitFor(() -> body.typeProperty().get() != null);
        assertThat(body.rawProperty().get()).isNull();
        body.loadRaw();
        assertThat(Documents.text(Documents.laidOut(() -> body.rawProperty().get())))
                .isEqualTo(LoopbackServer.ITEMS);
    }

    @Test
    void aJsonPathFilterSelectsValuesOrSaysWhyNot() throws Exception {
        get(server.url("/items"));
        waitFor(() -> body.faceProperty().get() == ResponseBodyViewModel.Face.TEXT);
        body.jsonPath().expressionProperty().set("$.items[?(@.price > 2)].name");
        body.jsonPath().apply().get(10, TimeUnit.SECONDS);
        assertThat(body.jsonPath().messageProperty().get()).isEqualTo("2 matches");
        assertThat(Documents.text(Documents.laidOut(() -> body.jsonPath().resultProperty().get())))
                .isEqualTo("[\n  \"bread\",\n  \"cheese\"\n]");

        body.jsonPath().expressionProperty().set("$.items[0].price");
        body.jsonPath().apply().get(10, TimeUnit.SECONDS);
        assertThat(Documents.text(Documents.laidOut(() -> body.jsonPath().resultProperty().get())))
                .isEqualTo("1.20");

        body.jsonPath().expressionProperty().set("$.items[?(@.price >)]");
        body.jsonPath().apply().get(10, TimeUnit.SECONDS);
        assertThat(body.jsonPath().refusedProperty().get()).isTrue();
        assertThat(body.jsonPath().messageProperty().get()).startsWith("Invalid JSONPath expression");
        assertThat(body.jsonPath().resultProperty().get()).isNull();

        body.jsonPath().expressionProperty().set("$.owner.name");
        body.jsonPath().apply().get(10, TimeUnit.SECONDS);
        assertThat(body.jsonPath().messageProperty().get()).isEqualTo("No match for $.owner.name");

        body.jsonPath().expressionProperty().set("");
        body.jsonPath().apply().get(10, TimeUnit.SECONDS);
        assertThat(body.jsonPath().messageProperty().get()).isEmpty();
    }

    @Test
    void binaryBodiesAreHexNeverText() throws Exception {
        get(server.url("/octets"));
        waitFor(() -> body.faceProperty().get() == ResponseBodyViewModel.Face.BINARY);
        assertThat(body.summaryProperty().get())
                .isEqualTo("Binary data (application/octet-stream) · 39.1 KB · the first 16.0 KB as hex");
        assertThat(Documents.prettyText(body).lines().limit(2)).containsExactly(
                "00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|",
                "00000010  10 11 12 13 14 15 16 17  18 19 1a 1b 1c 1d 1e 1f  |................|");
        List<String> copied = new ArrayList<>();
        body.actions().copyBody(copied::add);
        assertThat(copied).isEmpty();
        assertThat(body.actions().messageProperty().get())
                .isEqualTo("The body is binary data, not text: save it or open it instead");
    }

    @Test
    void imagesArePreviewedAndTheirRawViewIsHex() throws Exception {
        get(server.url("/image.png"));
        waitFor(() -> body.faceProperty().get() == ResponseBodyViewModel.Face.IMAGE);
        assertThat(body.summaryProperty().get()).matches("PNG image · [\\d.]+ (B|KB)");
        body.loadRaw();
        assertThat(Documents.text(Documents.laidOut(() -> body.rawProperty().get())))
                .startsWith("00000000  89 50 4e 47 0d 0a 1a 0a");
    }

    @Test
    void emptyBodiesSayWhy() throws Exception {
        get(server.url("/no-content"));
        waitFor(() -> body.faceProperty().get() == ResponseBodyViewModel.Face.EMPTY);
        assertThat(body.summaryProperty().get()).isEqualTo("No body: 204 No Content responses have none");

        vm.methodProperty().set("HEAD");
        vm.urlProperty().set(server.url("/items"));
        vm.send().get(20, TimeUnit.SECONDS);
        waitFor(() -> body.faceProperty().get() == ResponseBodyViewModel.Face.EMPTY);
        assertThat(body.summaryProperty().get()).isEqualTo("No body: responses to HEAD have none");
    }

    @Test
    void jsonThatIsNotValidIsShownAsReceivedWithANote() throws Exception {
        get(server.url("/not-json"));
        String text = Documents.prettyText(body);
        assertThat(text).isEqualTo("{\"a\": 1,}");
        assertThat(body.prettyProperty().get().noticeProperty().get()).startsWith("Not valid JSON (line 1");
    }

    @Test
    void aBodyCutShortIsShownWithTheEnginesNote() throws Exception {
        try (RawHttpServer raw = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"a\": [1, 2");
            c.close();
        })) {
            get(raw.url("/short"));
            assertThat(response.noticeProperty().get()).startsWith("Incomplete body: the connection broke after 11 B "
                    + "of the 50 B announced");
            assertThat(Documents.prettyText(body)).isEqualTo("{\"a\": [1, 2");
        }
    }

    @Test
    void copySaveAndOpenElsewhere(@TempDir Path dir) throws Exception {
        get(server.url("/items"));
        waitFor(() -> body.typeProperty().get() != null);
        List<String> clipboard = new ArrayList<>();
        body.actions().copyBody(clipboard::add);
        waitFor(() -> clipboard.size() == 1);
        assertThat(clipboard.get(0)).isEqualTo(LoopbackServer.ITEMS);
        Documents.laidOut(() -> body.prettyProperty().get());
        body.actions().copyFormatted(clipboard::add);
        waitFor(() -> clipboard.size() == 2);
        assertThat(clipboard.get(1)).startsWith("{\n  \"store\"").endsWith("\n}");
        assertThat(body.actions().messageProperty().get()).startsWith("Copied the formatted body (");

        Path saved = dir.resolve("items.json");
        body.actions().save(saved).get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(saved)).isEqualTo(LoopbackServer.ITEMS);
        waitFor(() -> body.actions().messageProperty().get().startsWith("Saved 209 B to "));
        assertThat(body.actions().suggestedFileName()).isEqualTo("response.json");

        List<Path> opened = new ArrayList<>();
        body.actions().setOpener(opened::add);
        Path file = body.actions().openExternally().get(10, TimeUnit.SECONDS);
        assertThat(opened).containsExactly(file);
        assertThat(file.getFileName().toString()).startsWith("courier-response-").endsWith(".json");
        assertThat(Files.readString(file)).isEqualTo(LoopbackServer.ITEMS);
        body.actions().setOpener(f -> {
            throw new IOException("xdg-open could not be started (no such file)");
        });
        body.actions().openExternally().handle((p, e) -> null).get(10, TimeUnit.SECONDS);
        waitFor(() -> body.actions().messageProperty().get()
                .startsWith("Could not open the body: xdg-open could not be"));
    }

    @Test
    void aNewResponseReleasesTheBodyOfTheOneItReplaces() throws Exception {
        get(server.url("/json/" + (9 << 20))); // over the memory limit: a temporary file
        FileBody first = (FileBody) response.exchangeProperty().get().body();
        assertThat(Files.exists(first.path())).isTrue();
        Documents.laidOut(() -> body.prettyProperty().get());
        get(server.url("/items"));
        assertThat(Files.exists(first.path())).isFalse();
    }

    @Test
    void thePanesCancelCancelsTheRequestInFlight() throws Exception {
        vm.urlProperty().set(server.url("/slow"));
        vm.send();
        waitFor(() -> !response.elapsedProperty().get().isEmpty());
        response.cancel();
        assertThat(vm.stateProperty().get()).isEqualTo(RequestViewModel.State.CANCELLED);
        assertThat(response.displayProperty().get()).isEqualTo(ResponseViewModel.Display.CANCELLED);
    }
}
