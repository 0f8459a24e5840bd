package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.ProxySetting;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.cookies.CookieJar;
import dev.courier.testing.ForwardingProxy;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.SelfSignedTls;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests through a forwarding proxy started on 127.0.0.1: plain forwarding, CONNECT tunnels, auth, bypass. */
class ProxyTest {

    private static final String CREDENTIALS = "Basic YW5uOnAlc3M="; // ann:p%ss

    @TempDir
    static Path dir;
    private static HttpsServer https;
    private static final List<List<String>> HTTPS_PROXY_HEADERS = new ArrayList<>();

    private LoopbackServer server;

    @BeforeAll
    static void startHttps() throws Exception {
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(SelfSignedTls.serverContext(dir)));
        https.createContext("/", exchange -> {
            synchronized (HTTPS_PROXY_HEADERS) {
                HTTPS_PROXY_HEADERS.add(exchange.getRequestHeaders().keySet().stream()
                        .filter(k -> k.toLowerCase().startsWith("proxy-")).toList());
            }
            byte[] body = "tunnelled".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
    }

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpEngine engineVia(ProxySetting proxy, Map<String, String> environment) {
        return new HttpEngine(new CookieJar(), new NetworkPreferences(proxy, Optional.empty(), environment));
    }

    private static ProxySetting.Manual manual(ForwardingProxy proxy, String user, String password,
                                              List<String> bypass) {
        return new ProxySetting.Manual("127.0.0.1", proxy.port(), user, password, bypass);
    }

    private static Exchange send(HttpEngine engine, RequestSpec spec) throws Exception {
        return engine.send(spec).get(10, TimeUnit.SECONDS);
    }

    private RequestSpec plain() {
        return RequestSpec.of("GET", server.url("/through?q=1"), List.of(), Body.NONE);
    }

    private static RequestSpec secure() {
        return RequestSpec.of("GET", "https://127.0.0.1:" + https.getAddress().getPort() + "/secret", List.of(),
                Body.NONE).withSettings(RequestSettings.DEFAULTS.withVerifyTls(false));
    }

    @Test
    void plainHttpIsForwardedInAbsoluteForm() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            Exchange exchange = send(engineVia(manual(proxy, "", "", List.of()), Map.of()), plain());
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(proxy.take().requestLine()).isEqualTo("GET " + server.url("/through?q=1") + " HTTP/1.1");
            assertThat(server.take().pathAndQuery()).isEqualTo("/through?q=1");
        }
    }

    @Test
    void httpsGoesThroughAConnectTunnel() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            Exchange exchange = send(engineVia(manual(proxy, "", "", List.of()), Map.of()), secure());
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(new String(exchange.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("tunnelled");
            assertThat(proxy.take().requestLine()).isEqualTo("CONNECT 127.0.0.1:" + https.getAddress().getPort()
                    + " HTTP/1.1");
        }
    }

    @Test
    void aProxyThatWantsCredentialsAnswers407WithoutThemAndPassesWithThem() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(CREDENTIALS)) {
            assertThat(send(engineVia(manual(proxy, "", "", List.of()), Map.of()), plain()).status()).isEqualTo(407);
            assertThat(proxy.take().header("Proxy-Authorization")).isEmpty();

            HttpEngine withCredentials = engineVia(manual(proxy, "ann", "p%ss", List.of()), Map.of());
            assertThat(send(withCredentials, plain()).status()).isEqualTo(200);
            assertThat(proxy.take().header("Proxy-Authorization")).contains(CREDENTIALS);
            assertThat(server.take().header("Proxy-Authorization")).isEmpty();
        }
    }

    @Test
    void aTunnelCarriesBasicCredentialsToTheProxyButNotToTheServer() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(CREDENTIALS)) {
            HttpEngine withCredentials = engineVia(manual(proxy, "ann", "p%ss", List.of()), Map.of());
            Exchange exchange = send(withCredentials, secure());
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(proxy.take().header("Proxy-Authorization")).contains(CREDENTIALS);
            synchronized (HTTPS_PROXY_HEADERS) {
                assertThat(HTTPS_PROXY_HEADERS.get(HTTPS_PROXY_HEADERS.size() - 1)).isEmpty();
            }
            assertThat(exchange.request().headers()).noneMatch(h -> h.hasName("Proxy-Authorization"));
        }
    }

    @Test
    void aRefusedTunnelIsReadable() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(CREDENTIALS)) {
            Object outcome;
            try {
                outcome = send(engineVia(manual(proxy, "", "", List.of()), Map.of()), secure());
            } catch (java.util.concurrent.ExecutionException e) {
                outcome = e.getCause();
            }
            if (outcome instanceof Exchange exchange) {
                assertThat(exchange.status()).isEqualTo(407);
            } else {
                assertThat(((TransportFailure) outcome).getMessage()).contains("407");
            }
        }
    }

    @Test
    void bypassedHostsAndARequestWithoutProxyGoDirectly() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            HttpEngine bypassing = engineVia(manual(proxy, "", "", List.of("localhost", "127.0.0.0/8")), Map.of());
            assertThat(send(bypassing, plain()).status()).isEqualTo(200);
            server.take();

            HttpEngine proxied = engineVia(manual(proxy, "", "", List.of()), Map.of());
            RequestSpec direct = plain().withSettings(RequestSettings.DEFAULTS.withProxy(ProxySetting.NONE));
            assertThat(send(proxied, direct).status()).isEqualTo(200);
            server.take();
            assertThat(proxy.pending()).isZero();
        }
    }

    @Test
    void theSystemProxyComesFromTheEnvironmentAndHonoursNoProxy() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            String address = "http://127.0.0.1:" + proxy.port();
            send(engineVia(ProxySetting.SYSTEM, Map.of("HTTP_PROXY", address, "no_proxy", "localhost")), plain());
            assertThat(proxy.take().requestLine()).startsWith("GET http://");

            send(engineVia(ProxySetting.SYSTEM, Map.of("http_proxy", address, "NO_PROXY", "example.com,127.0.0.1")),
                    plain());
            send(engineVia(ProxySetting.SYSTEM, Map.of("https_proxy", address)), plain());
            assertThat(proxy.pending()).isZero();
            assertThat(server.pending()).isEqualTo(3);
        }
    }
}
