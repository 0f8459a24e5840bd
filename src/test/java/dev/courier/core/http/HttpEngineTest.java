package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.SelfSignedTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpEngineTest {

    private final HttpEngine engine = new HttpEngine();
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Exchange send(RequestSpec spec) throws Exception {
        return engine.send(spec).get(10, TimeUnit.SECONDS);
    }

    static String text(Exchange exchange) throws IOException {
        try (var in = exchange.body().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TransportFailure failure(RequestSpec spec) throws Exception {
        try {
            engine.send(spec).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TransportFailure.class);
            return (TransportFailure) e.getCause();
        }
        throw new AssertionError("expected the request to fail");
    }

    @Test
    void sendsExactlyTheMethodPathQueryHeadersAndBodyComposed() throws Exception {
        String json = "{\n  \"name\": \"Zoë\",\n  \"age\": 28.50\n}";
        RequestSpec spec = RequestSpec.of("POST", server.url("/employees/7?q=a%20b&tag=x&tag=y"), List.of(
                Header.of("Authorization", "Bearer abc.def"),
                Header.of("Accept", "application/json"),
                Header.of("Content-Type", "application/json"),
                Header.of("X-Repeat", "1"),
                Header.of("X-Repeat", "2")), Body.ofText(json));

        Exchange exchange = send(spec);
        LoopbackServer.Received got = server.take();

        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.pathAndQuery()).isEqualTo("/employees/7?q=a%20b&tag=x&tag=y");
        assertThat(got.header("Authorization")).contains("Bearer abc.def");
        assertThat(got.header("Accept")).contains("application/json");
        assertThat(got.header("Content-Type")).contains("application/json");
        assertThat(got.headerValues("X-Repeat")).containsExactly("1", "2");
        assertThat(got.body()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.request().body().toBytes()).isEqualTo(got.body());
    }

    @Test
    void theRequestAsSentListsEveryHeaderTheServerReceived() throws Exception {
        Exchange exchange = send(RequestSpec.of("PUT", server.url("/x"),
                List.of(Header.of("X-One", "1"), Header.of("Accept", "*/*")), Body.ofText("[1]")));
        LoopbackServer.Received got = server.take();

        List<Map.Entry<String, String>> sent = exchange.request().headers().stream()
                .map(h -> Map.entry(h.name().toLowerCase(Locale.ROOT), h.value())).toList();
        List<Map.Entry<String, String>> arrived = got.headers().stream()
                .map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue())).toList();
        assertThat(sent).containsExactlyInAnyOrderElementsOf(arrived);
        assertThat(exchange.request().headers()).extracting(Header::name).contains("Host", "Content-Length", "User-Agent");
        assertThat(got.header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).startsWith("Courier/"));
    }

    @Test
    void aSwitchedOffHeaderAndABlankRowAreNotSent() throws Exception {
        send(RequestSpec.of("GET", server.url("/"), List.of(
                new Header("Authorization", "Bearer secret", false),
                new Header("", "", true),
                Header.of("Accept", "application/json")), Body.NONE));

        LoopbackServer.Received got = server.take();
        assertThat(got.header("Authorization")).isEmpty();
        assertThat(got.header("Accept")).contains("application/json");
    }

    @Test
    void sendsRestrictedHeadersAndCustomMethodsAsComposed() throws Exception {
        send(RequestSpec.of("PURGE", server.url("/cache"),
                List.of(Header.of("Host", "api.example.test"), Header.of("User-Agent", "mine/1")), Body.NONE));

        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("PURGE");
        assertThat(got.header("Host")).contains("api.example.test");
        assertThat(got.headerValues("User-Agent")).containsExactly("mine/1");
    }

    @Test
    void reportsStatusReasonHeadersAndTimings() throws Exception {
        Exchange ok = send(RequestSpec.of("GET", server.url("/"), List.of(), Body.NONE));
        assertThat(ok.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(ok.headers()).contains(Header.of("x-trace", "one"), Header.of("x-trace", "two"));
        assertThat(text(ok)).isEqualTo(LoopbackServer.JSON_BODY);
        assertThat(ok.timeToFirstByte()).isPositive().isLessThanOrEqualTo(ok.total());

        Exchange missing = send(RequestSpec.of("GET", server.url("/status/404"), List.of(), Body.NONE));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.reason()).isEqualTo("Not Found");
    }

    @Test
    void headRequestsGetHeadersAndNoBody() throws Exception {
        Exchange exchange = send(RequestSpec.of("HEAD", server.url("/"), List.of(), Body.NONE));
        assertThat(server.take().method()).isEqualTo("HEAD");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.body().size()).isZero();
    }

    @Test
    void decodesGzipAndDeflateBodiesAndKeepsTheWireSize() throws Exception {
        for (String path : List.of("/gzip", "/deflate")) {
            Exchange exchange = send(RequestSpec.of("GET", server.url(path), List.of(), Body.NONE));
            String text = text(exchange);
            assertThat(text).startsWith("{\"compressed\":\"yes\"").hasSize(2033);
            assertThat(exchange.wireSize()).isLessThan(200);
            assertThat(exchange.notes()).isEmpty();
        }
    }

    @Test
    void followsRedirectsUnlessToldNotTo() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", server.url("/redirect"), List.of(), Body.NONE);
        Exchange followed = send(spec);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.finalUri().getPath()).isEqualTo("/landed");

        Exchange notFollowed = send(spec.withSettings(RequestSettings.DEFAULTS.withFollowRedirects(false)));
        assertThat(notFollowed.status()).isEqualTo(302);
        assertThat(notFollowed.header("Location")).contains("/landed");
    }

    @Test
    void timesOutWhenTheWholeExchangeTakesTooLong() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", server.url("/slow"), List.of(), Body.NONE)
                .withSettings(RequestSettings.DEFAULTS.withTotalTimeout(Duration.ofMillis(300)));
        long started = System.nanoTime();
        TransportFailure failure = failure(spec);
        assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("Timed out: no complete response within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).as("the server saw the client go away").isTrue();
    }

    @Test
    void cancellingAbortsTheExchange() throws Exception {
        CompletableFuture<Exchange> future = engine.send(RequestSpec.of("GET", server.url("/slow"), List.of(), Body.NONE));
        server.take();
        assertThat(future.cancel(true)).isTrue();
        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        assertThat(server.aborted.await(5, TimeUnit.SECONDS)).as("the server saw the client go away").isTrue();
    }

    @Test
    void connectionRefusedIsReadable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        TransportFailure failure = failure(RequestSpec.of("GET", "http://127.0.0.1:" + port + "/", List.of(), Body.NONE));
        assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.CONNECTION_REFUSED);
        assertThat(failure.getMessage()).isEqualTo("Connection refused: nothing is listening on 127.0.0.1:" + port);
    }

    @Test
    void anUntrustedCertificateIsATlsFailureNamingTheHost(@TempDir Path dir) throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(SelfSignedTls.serverContext(dir)));
        https.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        https.start();
        try {
            TransportFailure failure = failure(RequestSpec.of("GET",
                    "https://127.0.0.1:" + https.getAddress().getPort() + "/", List.of(), Body.NONE));
            assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.TLS);
            assertThat(failure.getMessage()).startsWith("TLS failure: the certificate of 127.0.0.1 is not trusted");
        } finally {
            https.stop(0);
        }
    }

    @Test
    void invalidUrlsAndHeadersFailBeforeAnythingIsSent() throws Exception {
        assertThat(failure(RequestSpec.of("GET", "http://exa mple.com/", List.of(), Body.NONE)).getMessage())
                .isEqualTo("URL contains a space at position 11; encode it as %20");
        assertThat(failure(RequestSpec.of("GET", "", List.of(), Body.NONE)).kind())
                .isEqualTo(TransportFailure.Kind.INVALID_URL);
        TransportFailure badHeader = failure(RequestSpec.of("GET", server.url("/"),
                List.of(Header.of("Bad Name", "x")), Body.NONE));
        assertThat(badHeader.kind()).isEqualTo(TransportFailure.Kind.INVALID_REQUEST);
        assertThat(badHeader.getMessage()).contains("Bad Name");
        assertThat(server.pending()).isZero();
    }
}
