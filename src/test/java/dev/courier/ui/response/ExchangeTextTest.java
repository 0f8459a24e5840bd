package dev.courier.ui.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.DownloadProgress;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Hop;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.SentRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExchangeTextTest {

    static SentRequest request(String method, String uri, EncodedBody body, Header... headers) {
        return new SentRequest(method, URI.create(uri), "HTTP/1.1", List.of(headers), body);
    }

    static Exchange exchange(int status, String reason, List<Header> headers, byte[] body, long wire,
                             List<Hop> hops) {
        SentRequest first = hops.isEmpty() ? request("GET", "http://127.0.0.1/", EncodedBody.EMPTY)
                : hops.get(0).request();
        return new Exchange(first, status, reason, "HTTP/1.1", headers, InMemoryBody.copyOf(body), wire, true,
                Duration.ofMillis(40), Duration.ofMillis(123), first.uri(), hops, List.of());
    }

    @Test
    void theRequestAsSentHasItsRequestLineEveryHeaderAndTheBody() {
        SentRequest sent = request("POST", "http://127.0.0.1:8080/employees?team=a%20b",
                EncodedBody.of("{\"name\":\"Emma\"}".getBytes(StandardCharsets.UTF_8)),
                Header.of("Content-Length", "15"), Header.of("Host", "127.0.0.1:8080"),
                Header.of("Authorization", "Bearer abc"));
        assertThat(ExchangeText.request(sent)).isEqualTo("""
                POST /employees?team=a%20b HTTP/1.1
                Content-Length: 15
                Host: 127.0.0.1:8080
                Authorization: Bearer abc

                {"name":"Emma"}""");
    }

    @Test
    void filesAndBinaryBytesAreNamedNotPrinted() {
        EncodedBody body = new EncodedBody(List.of(new EncodedBody.Segment.Bytes("--b\r\n".getBytes()),
                new EncodedBody.Segment.FileContents(Path.of("/tmp/photo.png"), 2048),
                new EncodedBody.Segment.Bytes(new byte[] {0, 1, 2, (byte) 0xFF})));
        String text = ExchangeText.request(request("PUT", "http://h/", body));
        assertThat(text).startsWith("PUT / HTTP/1.1\n\n--b\r\n‹contents of /tmp/photo.png, 2.0 KB›")
                .endsWith("‹4 B of binary data›");
    }

    @Test
    void aLongBodyIsCutWithoutSplittingACharacter() {
        byte[] bytes = ("x" + "é".repeat(40_000)).getBytes(StandardCharsets.UTF_8); // 65 536 falls inside an é
        String text = ExchangeText.request(request("POST", "http://h/x", EncodedBody.of(bytes)));
        assertThat(text).contains("é".repeat(100)).doesNotContain("\uFFFD")
                .endsWith("é\n‹14.1 KB more not shown›");
    }

    @Test
    void sizesShowTheWireOnlyForCompressedBodies() {
        Exchange plain = exchange(200, "OK", List.of(), new byte[2048], 2048, List.of());
        assertThat(ExchangeText.size(plain)).isEqualTo("2.0 KB");
        Exchange gzipped = exchange(200, "OK", List.of(Header.of("content-encoding", "gzip")), new byte[2048], 300,
                List.of());
        assertThat(ExchangeText.size(gzipped)).isEqualTo("2.0 KB (300 B on the wire)");
        assertThat(ExchangeText.status(plain)).isEqualTo("200 OK");
        assertThat(ExchangeText.firstByte(plain)).isEqualTo("first byte 40 ms");
    }

    @Test
    void downloadProgressSaysHowMuchOfWhatAndHowFast() {
        assertThat(ExchangeText.download(new DownloadProgress(5 << 20, 12 << 20, OptionalLong.of(100L << 20),
                3.5 * (1 << 20), Duration.ofSeconds(1), false))).isEqualTo("Receiving 12.0 MB of 100 MB · 3.5 MB/s");
        assertThat(ExchangeText.download(new DownloadProgress(10, 10, OptionalLong.empty(), 0, Duration.ZERO,
                false))).isEqualTo("Receiving 10 B");
    }

    @Test
    void cookiesOfEveryHopAreParsed() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Hop redirect = new Hop(request("GET", "http://a.example/old", EncodedBody.EMPTY), 302, "Found", "HTTP/1.1",
                List.of(Header.of("set-cookie", "visited=1; Path=/")), Optional.of(URI.create("http://a.example/new")),
                Duration.ZERO, Duration.ofMillis(5));
        Hop last = new Hop(request("GET", "http://a.example/new", EncodedBody.EMPTY), 200, "OK", "HTTP/1.1",
                List.of(Header.of("set-cookie", "session=s3; Domain=.example; Secure; HttpOnly; SameSite=Lax; "
                        + "Max-Age=60"), Header.of("set-cookie", "old=x; Max-Age=0")), Optional.empty(),
                Duration.ofMillis(6), Duration.ofMillis(4));
        assertThat(CookieRow.of(List.of(redirect, last), now)).containsExactly(
                new CookieRow("visited", "1", "a.example", "/", "Session", ""),
                new CookieRow("session", "s3", "example", "/", "2026-01-01 00:01:00 UTC",
                        "Secure, HttpOnly, SameSite=Lax"),
                new CookieRow("old", "x", "a.example", "/", "Expired", ""));
        assertThat(HopRow.of(List.of(redirect, last))).containsExactly(
                new HopRow(1, "GET http://a.example/old", "302 Found", 302, "http://a.example/new", "0 ms", "5 ms"),
                new HopRow(2, "GET http://a.example/new", "200 OK", 200, "", "6 ms", "4 ms"));
    }
}
