package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.courier.core.cookies.CookieJar;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cookies end to end against a loopback server that sets them (also on a redirect) and reports what it got. */
class CookieEngineTest {

    private HttpServer server;
    private final BlockingQueue<List<String>> cookieHeaders = new LinkedBlockingQueue<>();
    private final CookieJar jar = new CookieJar();
    private final HttpEngine engine = new HttpEngine(jar, NetworkPreferences.DIRECT);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            List<String> sent = exchange.getRequestHeaders().get("Cookie");
            cookieHeaders.add(sent == null ? List.of() : sent);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/login")) {
                exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/; HttpOnly");
                exchange.getResponseHeaders().add("Location", "/home");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().add("Set-Cookie", "seen=" + path.substring(1) + "; Path=/");
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Exchange get(String path, List<Header> headers, RequestSettings settings, CookieJar to) throws Exception {
        RequestSpec spec = RequestSpec.of("GET", url(path), headers, Body.NONE).withSettings(settings);
        return engine.send(spec, to, Optional.empty()).get(10, TimeUnit.SECONDS);
    }

    private List<String> received() throws InterruptedException {
        return cookieHeaders.poll(5, TimeUnit.SECONDS);
    }

    @Test
    void aCookieSetOnARedirectIsSentOnTheNextHopAndLaterRequests() throws Exception {
        Exchange exchange = get("/login", List.of(), RequestSettings.DEFAULTS, jar);
        assertThat(exchange.finalUri().getPath()).isEqualTo("/home");
        assertThat(received()).isEmpty();
        assertThat(received()).containsExactly("session=abc");
        get("/profile", List.of(), RequestSettings.DEFAULTS, jar);
        assertThat(received()).containsExactly("session=abc; seen=home");
        assertThat(jar.all()).extracting(c -> c.name() + "=" + c.value())
                .containsExactly("session=abc", "seen=profile");
    }

    @Test
    void aTypedCookieHeaderWinsByNameAndTheJarAddsTheOthersInOneHeader() throws Exception {
        get("/login", List.of(), RequestSettings.DEFAULTS, jar);
        cookieHeaders.clear();
        Exchange exchange = get("/x", List.of(Header.of("Cookie", "session=mine; extra=1")), RequestSettings.DEFAULTS,
                jar);
        assertThat(received()).containsExactly("seen=home; session=mine; extra=1");
        assertThat(exchange.request().headers()).contains(Header.of("Cookie", "seen=home; session=mine; extra=1"));
    }

    @Test
    void withSendCookiesOffNothingIsSentButCookiesAreStillStored() throws Exception {
        get("/login", List.of(), RequestSettings.DEFAULTS, jar);
        cookieHeaders.clear();
        Exchange exchange = get("/quiet", List.of(), RequestSettings.DEFAULTS.withSendCookies(false), jar);
        assertThat(received()).isEmpty();
        assertThat(exchange.request().headers()).noneMatch(h -> h.hasName("Cookie"));
        assertThat(jar.all()).extracting(c -> c.value()).contains("quiet");
    }

    @Test
    void eachCollectionsJarIsSeparate() throws Exception {
        CookieJar other = new CookieJar();
        get("/login", List.of(), RequestSettings.DEFAULTS, other);
        cookieHeaders.clear();
        get("/x", List.of(), RequestSettings.DEFAULTS, jar);
        assertThat(received()).isEmpty();
        assertThat(other.all()).hasSize(2);
    }
}
