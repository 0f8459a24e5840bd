package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Hop;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.RawHttpServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects followed hop by hop, each hop recorded: a raw server answers {@code /to/STATUS/LOCATION...}. */
class ResponseRedirectTest {

    private final HttpEngine engine = new HttpEngine();
    private RawHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer((request, c) -> {
            String target = request.target();
            int at = target.indexOf("/to/");
            if (at >= 0 && !target.contains("?")) {
                int status = Integer.parseInt(target.substring(at + 4, at + 7));
                String location = URLDecoder.decode(target.substring(at + 8), StandardCharsets.UTF_8);
                c.write("HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 4\r\n\r\nmove");
            } else {
                String echo = request.method() + " " + target + " " + request.body().length + " "
                        + request.header("Content-Type").orElse("-") + " " + request.header("Authorization").orElse("-");
                c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + echo.length() + "\r\n\r\n"
                        + echo);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String hopTo(int status, String location) {
        return "/to/" + status + "/" + URLEncoder.encode(location, StandardCharsets.UTF_8);
    }

    private Exchange send(String method, String path, Body body, Header... headers) throws Exception {
        return engine.send(RequestSpec.of(method, server.url(path), List.of(headers), body)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyHopIsRecordedWithItsRequestStatusLocationHeadersAndTime() throws Exception {
        String third = "/landed?x=1";
        String second = hopTo(302, third);
        Exchange exchange = send("GET", hopTo(301, server.url(second)), Body.NONE);

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.redirectCount()).isEqualTo(2);
        assertThat(exchange.hops()).extracting(Hop::status).containsExactly(301, 302, 200);
        assertThat(exchange.hops()).extracting(h -> h.request().uri().toString())
                .containsExactly(server.url(hopTo(301, server.url(second))), server.url(second), server.url(third));
        assertThat(exchange.hops().get(0).location()).contains(URI.create(server.url(second)));
        assertThat(exchange.hops().get(1).location()).contains(URI.create(server.url(third)));
        assertThat(exchange.hops().get(2).location()).isEmpty();
        assertThat(exchange.hops().get(0).headers()).contains(Header.of("location", server.url(second)));
        assertThat(exchange.hops().get(1).startedAt()).isGreaterThanOrEqualTo(exchange.hops().get(0).timeToHeaders());
        assertThat(exchange.request().uri()).isEqualTo(exchange.hops().get(0).request().uri());
        assertThat(exchange.finalRequest().uri().toString()).isEqualTo(server.url(third));
        assertThat(exchange.finalUri().toString()).isEqualTo(server.url(third));
        assertThat(exchange.timeToFirstByte()).isLessThanOrEqualTo(exchange.total());
        assertThat(HttpEngineTest.text(exchange)).startsWith("GET /landed?x=1 0 ");
    }

    @Test
    void seeOtherAndTheOldRedirectsTurnAPostIntoAGetWithoutBodyWhile307And308KeepIt() throws Exception {
        for (int status : new int[] {301, 302, 303}) {
            Exchange exchange = send("POST", hopTo(status, "/echo"), Body.ofText("{\"a\":1}"),
                    Header.of("Content-Type", "application/json"));
            assertThat(HttpEngineTest.text(exchange)).as("after %d", status).isEqualTo("GET /echo 0 - -");
            assertThat(exchange.hops().get(0).request().method()).isEqualTo("POST");
            assertThat(exchange.finalRequest().body().isEmpty()).isTrue();
        }
        for (int status : new int[] {307, 308}) {
            Exchange exchange = send("PUT", hopTo(status, "/echo"), Body.ofText("{\"a\":1}"),
                    Header.of("Content-Type", "application/json"));
            assertThat(HttpEngineTest.text(exchange)).as("after %d", status)
                    .isEqualTo("PUT /echo 7 application/json -");
        }
    }

    @Test
    void relativeLocationsAreResolvedAgainstTheRequest() throws Exception {
        assertThat(HttpEngineTest.text(send("GET", "/dir/sub" + hopTo(302, "../../../x"), Body.NONE)))
                .startsWith("GET /dir/x ");
        assertThat(HttpEngineTest.text(send("GET", hopTo(302, "?page=2"), Body.NONE)))
                .startsWith("GET " + hopTo(302, "?page=2") + "?page=2 0 ");
        String authority = URI.create(server.url("/")).getRawAuthority();
        assertThat(HttpEngineTest.text(send("GET", hopTo(302, "//" + authority + "/net path"), Body.NONE)))
                .startsWith("GET /net%20path ");
    }

    @Test
    void credentialsStayWithTheirOrigin() throws Exception {
        Header auth = Header.of("Authorization", "Bearer secret");
        assertThat(HttpEngineTest.text(send("GET", hopTo(302, "/same"), Body.NONE, auth)))
                .endsWith(" Bearer secret");
        String otherOrigin = server.url("/other").replace("127.0.0.1", "localhost");
        assertThat(HttpEngineTest.text(send("GET", hopTo(302, otherOrigin), Body.NONE, auth))).endsWith(" -");
    }

    @Test
    void followingCanBeSwitchedOffAndTheLimitIsKept() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", server.url(hopTo(302, "/landed")), List.of(), Body.NONE);
        Exchange notFollowed = engine.send(spec.withSettings(RequestSettings.DEFAULTS.withFollowRedirects(false)))
                .get(10, TimeUnit.SECONDS);
        assertThat(notFollowed.status()).isEqualTo(302);
        assertThat(notFollowed.hops()).hasSize(1);
        assertThat(HttpEngineTest.text(notFollowed)).isEqualTo("move");

        String path = "/end";
        for (int i = 0; i < RedirectPolicy.MAX_REDIRECTS; i++) {
            path = hopTo(307, path);
        }
        assertThat(send("GET", path, Body.NONE).redirectCount()).isEqualTo(RedirectPolicy.MAX_REDIRECTS);
        try {
            send("GET", hopTo(307, path), Body.NONE);
            throw new AssertionError("expected too many redirects");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).hasMessageStartingWith("Stopped after 10 redirects: the next one would go to ");
        }
    }

    @Test
    void anHttpsToHttpRedirectIsNotFollowedUnlessAllowed() {
        URI https = URI.create("https://api.example.com/a");
        Optional<URI> http = Optional.of(URI.create("http://api.example.com/b"));
        assertThat(Redirects.decide(true, RedirectPolicy.DEFAULTS, 0, https, 302, http))
                .isEqualTo(Redirects.Decision.REFUSED_DOWNGRADE);
        assertThat(Redirects.decide(true, new RedirectPolicy(10, true), 0, https, 302, http))
                .isEqualTo(Redirects.Decision.FOLLOW);
        assertThat(Redirects.decide(true, RedirectPolicy.DEFAULTS, 0, https, 302,
                Optional.of(URI.create("https://api.example.com/b")))).isEqualTo(Redirects.Decision.FOLLOW);
        assertThat(Redirects.decide(false, RedirectPolicy.DEFAULTS, 0, https, 302, http))
                .isEqualTo(Redirects.Decision.FINAL);
        assertThat(Redirects.decide(true, RedirectPolicy.DEFAULTS, 0, https, 304, http))
                .isEqualTo(Redirects.Decision.FINAL);
        assertThat(Redirects.decide(true, RedirectPolicy.DEFAULTS, 10, https, 308,
                Optional.of(URI.create("https://api.example.com/b")))).isEqualTo(Redirects.Decision.TOO_MANY);
    }

    @Test
    void locationsAreReadLeniently() {
        URI base = URI.create("http://h.example:8080");
        assertThat(Redirects.location(base, Optional.of("a b/ü"))).contains(URI.create("http://h.example:8080/a%20b/%C3%BC"));
        assertThat(Redirects.location(base, Optional.of("/x#frag"))).contains(URI.create("http://h.example:8080/x"));
        assertThat(Redirects.location(base, Optional.of("ftp://h.example/x"))).isEmpty();
        assertThat(Redirects.location(base, Optional.of("  "))).isEmpty();
        assertThat(Redirects.location(base, Optional.of("http://[broken"))).isEmpty();
    }
}
