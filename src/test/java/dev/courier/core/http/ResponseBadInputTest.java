package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.body.BodyPreview;
import dev.courier.core.body.DocumentLayout;
import dev.courier.core.body.DocumentLine;
import dev.courier.core.body.FormattedDocument;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.GeneratedBody;
import dev.courier.testing.RawHttpServer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Servers that misbehave, written on raw sockets: each case ends in a readable state, never a hang or a crash. */
class ResponseBadInputTest {

    private final HttpEngine engine = new HttpEngine();

    private Exchange send(RawHttpServer server, String method, String path) throws Exception {
        return engine.send(RequestSpec.of(method, server.url(path), List.of(), Body.NONE)).get(10, TimeUnit.SECONDS);
    }

    private TransportFailure failure(RawHttpServer server, String path) throws Exception {
        try {
            send(server, "GET", path);
        } catch (ExecutionException e) {
            return (TransportFailure) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] generated(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratedBody.writeTo(size, out);
        return out.toByteArray();
    }

    @Test
    void aConnectionResetMidBodyKeepsWhatArrivedAndSaysTheBodyIsIncomplete() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n");
            c.write(generated(40_000));
            sleep(200); // a reset discards what the client has not read yet: let it arrive first
            c.reset();
        })) {
            Exchange exchange = send(server, "GET", "/reset");
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.complete()).isFalse();
            assertThat(exchange.body().size()).isBetween(1L, 40_000L);
            assertThat(exchange.notes()).singleElement().asString()
                    .startsWith("Incomplete body: the connection broke after ").contains("of the 97.7 KB announced");
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsIncomplete() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nonly twenty bytes...");
            c.close();
        })) {
            Exchange exchange = send(server, "GET", "/short");
            assertThat(exchange.complete()).isFalse();
            assertThat(HttpEngineTest.text(exchange)).isEqualTo("only twenty bytes...");
            assertThat(exchange.notes()).singleElement().asString()
                    .startsWith("Incomplete body: the connection broke after 20 B of the 50 B announced");
        }
    }

    @Test
    void bytesBeyondTheContentLengthAreNotPartOfTheBody() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello and more");
            c.close();
        })) {
            Exchange exchange = send(server, "GET", "/long");
            assertThat(exchange.complete()).isTrue();
            assertThat(HttpEngineTest.text(exchange)).isEqualTo("hello");
        }
    }

    @Test
    void anEmpty204AndAHeadResponseHaveNoBody() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> c.write(request.method().equals("HEAD")
                ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                        + "Content-Length: 1234\r\n\r\n"
                : "HTTP/1.1 204 No Content\r\nContent-Encoding: br\r\n\r\n"))) {
            Exchange noContent = send(server, "DELETE", "/item");
            assertThat(noContent.status()).isEqualTo(204);
            assertThat(noContent.body().isEmpty()).isTrue();
            assertThat(noContent.complete()).isTrue();
            assertThat(noContent.notes()).isEmpty();

            Exchange head = send(server, "HEAD", "/item");
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Length")).contains("1234");
            assertThat(head.body().isEmpty()).isTrue();
            assertThat(head.complete()).isTrue();
            assertThat(head.notes()).isEmpty();
        }
    }

    @Test
    void informationalResponsesBeforeTheFinalOneAreSkipped() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> c.write("HTTP/1.1 103 Early Hints\r\n"
                + "Link: </style.css>; rel=preload\r\n\r\n").write("HTTP/1.1 100 Continue\r\n\r\n")
                .write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok"))) {
            Exchange exchange = send(server, "GET", "/hints");
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(HttpEngineTest.text(exchange)).isEqualTo("ok");
            assertThat(exchange.hops()).hasSize(1);
        }
    }

    @Test
    void aRedirectLoopStopsWithAClearFailure() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> c.write("HTTP/1.1 302 Found\r\nLocation: "
                + (request.target().equals("/a") ? "/b" : "/a") + "\r\nContent-Length: 0\r\n\r\n"))) {
            TransportFailure failure = failure(server, "/a");
            assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.TOO_MANY_REDIRECTS);
            assertThat(failure.getMessage()).isEqualTo("Stopped after 10 redirects: a redirect loop ("
                    + server.url("/b") + " → " + server.url("/a") + " → " + server.url("/b") + ")");
        }
    }

    @Test
    void aBodyThatIsNotEncodedAsItsHeaderClaimsIsShownAsReceived() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> c.write("HTTP/1.1 200 OK\r\nContent-Encoding: "
                + request.target().substring(1) + "\r\nContent-Length: 11\r\n\r\n{\"a\":\"b\"}\r\n"))) {
            for (String encoding : List.of("gzip", "br", "zstd")) {
                Exchange exchange = send(server, "GET", "/" + encoding);
                assertThat(HttpEngineTest.text(exchange)).isEqualTo("{\"a\":\"b\"}\r\n");
                assertThat(exchange.complete()).isTrue();
                assertThat(exchange.notes()).singleElement().asString()
                        .startsWith("Body shown as received: could not decode Content-Encoding \"" + encoding + "\"");
            }
        }
    }

    @Test
    void invalidUtf8AndJsonThatIsNotJsonAreShownAsReceived() throws Exception {
        byte[] invalidUtf8 = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xC3, '(', '\n'};
        try (RawHttpServer server = new RawHttpServer((request, c) -> {
            if (request.target().equals("/latin")) {
                c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                        + invalidUtf8.length + "\r\n\r\n").write(invalidUtf8);
            } else {
                c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n"
                        + "<h1>Oops</h1>\r\n\r\n");
            }
        })) {
            Exchange latin = send(server, "GET", "/latin");
            assertThat(BodyPreview.of(latin.body(), latin.header("Content-Type"), 100).text())
                    .isEqualTo("caf\uFFFD \uFFFD(\n");
            FormattedDocument document = FormattedDocument.open(latin.body(), latin.header("Content-Type"),
                    Runnable::run);
            assertThat(document.lines(0, 5)).extracting(DocumentLine::text).containsExactly("caf\uFFFD \uFFFD(");

            Exchange html = send(server, "GET", "/json");
            BodyPreview preview = BodyPreview.of(html.body(), html.header("Content-Type"), 100);
            assertThat(preview.kind()).isEqualTo(BodyPreview.Kind.TEXT);
            assertThat(preview.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("Not valid JSON (line 1, "
                    + "column 1: unexpected character '<'"));
            FormattedDocument shown = FormattedDocument.open(html.body(), html.header("Content-Type"), Runnable::run);
            assertThat(shown.layout()).isEqualTo(DocumentLayout.AS_RECEIVED);
            assertThat(shown.notice()).isPresent();
            assertThat(shown.lines(0, 5)).extracting(DocumentLine::text).containsExactly("<h1>Oops</h1>", "");
        }
    }

    @Test
    void garbageInsteadOfAStatusLineIsATransportFailure() throws Exception {
        try (RawHttpServer server = new RawHttpServer((request, c) -> {
            c.write("SMTP ready\r\n\r\n");
            c.close();
        })) {
            TransportFailure failure = failure(server, "/");
            assertThat(failure.getMessage()).startsWith("Network error talking to 127.0.0.1:");
        }
    }
}
