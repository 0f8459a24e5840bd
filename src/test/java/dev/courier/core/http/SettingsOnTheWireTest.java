package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariable;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.SelfSignedTls;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-request settings as a server sees them. */
class SettingsOnTheWireTest {

    private final HttpEngine engine = new HttpEngine();
    private LoopbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Exchange send(String path, RequestSettings settings) throws Exception {
        return engine.send(RequestSpec.of("GET", server.url(path), List.of(), Body.NONE).withSettings(settings))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void autoSpeaksPlainHttp11WithoutAskingForAnH2cUpgrade() throws Exception {
        Exchange exchange = send("/", RequestSettings.DEFAULTS);
        LoopbackServer.Received got = server.take();
        assertThat(exchange.httpVersion()).isEqualTo("HTTP/1.1");
        assertThat(got.header("Upgrade")).isEmpty();
        assertThat(got.header("HTTP2-Settings")).isEmpty();
        assertThat(got.header("Connection")).isEmpty();
    }

    @Test
    void autoOffersHttp2OverTlsAndHttp11OffersNothingElse(@TempDir Path dir) throws Exception {
        SSLServerSocket socket = (SSLServerSocket) SelfSignedTls.serverContext(dir).getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        BlockingQueue<List<String>> offered = new LinkedBlockingQueue<>();
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (SSLSocket client = (SSLSocket) socket.accept()) {
                    client.setHandshakeApplicationProtocolSelector((s, protocols) -> {
                        offered.add(protocols);
                        return "http/1.1";
                    });
                    InputStream in = client.getInputStream();
                    int matched = 0;
                    while (matched < 4) {
                        int b = in.read();
                        if (b == -1) {
                            break;
                        }
                        matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : 0;
                    }
                    OutputStream out = client.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception e) {
                    // the next connection
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        try {
            String url = "https://127.0.0.1:" + socket.getLocalPort() + "/";
            RequestSettings insecure = RequestSettings.DEFAULTS.withVerifyTls(false);
            for (HttpVersionChoice choice : List.of(HttpVersionChoice.AUTO, HttpVersionChoice.HTTP_1_1)) {
                Exchange exchange = engine.send(RequestSpec.of("GET", url, List.of(), Body.NONE)
                        .withSettings(insecure.withHttpVersion(choice))).get(10, TimeUnit.SECONDS);
                assertThat(exchange.status()).isEqualTo(200);
            }
            // both exchanges are complete, so both handshakes are done: only AUTO offered ALPN protocols at all
            assertThat(offered).containsExactly(List.of("h2", "http/1.1"));
        } finally {
            socket.close();
        }
    }

    @Test
    void decompressOffKeepsTheBodyAsReceived() throws Exception {
        Exchange raw = send("/gzip", RequestSettings.DEFAULTS.withDecompress(false));
        assertThat(raw.body().readAllBytes()).hasSize((int) raw.wireSize()).startsWith((byte) 0x1f, (byte) 0x8b);
        assertThat(raw.notes()).isEmpty();
        assertThat(new String(send("/gzip", RequestSettings.DEFAULTS).body().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("{\"compressed\"");
    }

    @Test
    void noRedirectsAreFollowedWhenTheLimitIsZero() throws Exception {
        assertThat(send("/redirect", RequestSettings.DEFAULTS.withMaxRedirects(0)).status()).isEqualTo(302);
        assertThat(send("/redirect", RequestSettings.DEFAULTS).status()).isEqualTo(200);
    }

    @Test
    void pathVariablesAreSubstitutedAndEncodedAsPathSegments() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", server.url("/users/:id/posts/:post?q=:id"), List.of(), Body.NONE)
                .withPathVariables(List.of(PathVariable.of("id", "a b/ü"), PathVariable.of("post", "7")));
        Exchange exchange = engine.send(spec).get(10, TimeUnit.SECONDS);
        assertThat(server.take().pathAndQuery()).isEqualTo("/users/a%20b%2F%C3%BC/posts/7?q=:id");
        assertThat(exchange.request().uri().getRawPath()).isEqualTo("/users/a%20b%2F%C3%BC/posts/7");
    }

    @Test
    void withoutCouriersUserAgentOnlyTheJdkClientsOwnIsSentAndListed() throws Exception {
        Exchange exchange = send("/", RequestSettings.DEFAULTS.withSendUserAgent(false));
        LoopbackServer.Received got = server.take();
        assertThat(got.headerValues("User-Agent")).singleElement().asString().startsWith("Java-http-client/");
        assertThat(exchange.request().headers()).filteredOn(h -> h.hasName("User-Agent")).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualTo(got.header("User-Agent").orElseThrow()));
    }
}
