package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every body type and auth scheme, as a real server receives them. */
class RequestBodiesTest {

    private final HttpEngine engine = new HttpEngine();
    private LoopbackServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LoopbackServer.Received send(RequestSpec spec) throws Exception {
        engine.send(spec).get(10, TimeUnit.SECONDS);
        return server.take();
    }

    private RequestSpec post(Body body, Header... headers) {
        return RequestSpec.of("POST", server.url("/upload"), List.of(headers), body);
    }

    @Test
    void aFormIsUrlEncodedAsBrowsersDo() throws Exception {
        Body form = new Body.Form(List.of(Field.of("name", "Zoë Smith"), Field.of("q", "a&b=c+d/é"),
                new Field("skipped", "x", false), Field.of("empty", "")));
        LoopbackServer.Received got = send(post(form, Header.of("Content-Type", "application/x-www-form-urlencoded")));
        assertThat(got.bodyText()).isEqualTo("name=Zo%C3%AB+Smith&q=a%26b%3Dc%2Bd%2F%C3%A9&empty=");
    }

    @Test
    void multipartFollowsRfc7578WithTextAndFileParts() throws Exception {
        Path file = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 13, 10});
        Body multipart = new Body.Multipart(List.of(
                Part.TextPart.of("title", "Ünïcode \"quoted\""),
                new Part.TextPart("meta", "{\"a\":1}", "application/json", true),
                Part.FilePart.of("photo", file),
                new Part.TextPart("off", "never", "", false),
                new Part.FilePart("doc", file, "renamed.bin", "application/x-custom", true)));
        LoopbackServer.Received got = send(post(multipart, Header.of("Content-Type", "multipart/form-data")));

        String contentType = got.header("Content-Type").orElseThrow();
        assertThat(contentType).startsWith("multipart/form-data; boundary=----CourierFormBoundary");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        byte[] png = Files.readAllBytes(file);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nÜnïcode \"quoted\"\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"photo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(png);
        expected.writeBytes(("\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"doc\"; filename=\"renamed.bin\"\r\n"
                + "Content-Type: application/x-custom\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(png);
        expected.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(got.body()).isEqualTo(expected.toByteArray());
        assertThat(got.header("Content-Length")).contains(Integer.toString(got.body().length));
    }

    @Test
    void multipartWithoutAContentTypeGetsOneAndAGivenBoundaryIsUsed() throws Exception {
        Body multipart = new Body.Multipart(List.of(Part.TextPart.of("a", "1")));
        assertThat(send(post(multipart)).header("Content-Type").orElseThrow()).startsWith("multipart/form-data; boundary=");

        LoopbackServer.Received mine = send(post(multipart, Header.of("Content-Type", "multipart/form-data; boundary=XyZ")));
        assertThat(mine.bodyText()).isEqualTo("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\n");
    }

    @Test
    void aBinaryBodyStreamsTheFileAsIs() throws Exception {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("blob.bin"), bytes);
        Exchange exchange = engine.send(post(new Body.Binary(file, ""),
                Header.of("Content-Type", "application/octet-stream"))).get(10, TimeUnit.SECONDS);
        assertThat(server.take().body()).isEqualTo(bytes);
        assertThat(exchange.request().body().inMemory()).isFalse();
        assertThat(exchange.request().body().length()).isEqualTo(bytes.length);
    }

    @Test
    void aMissingFileIsReportedBeforeSending() throws Exception {
        var future = engine.send(post(new Body.Binary(dir.resolve("nope.bin"), "")));
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            TransportFailure failure = (TransportFailure) e.getCause();
            assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.INVALID_REQUEST);
            assertThat(failure.getMessage()).startsWith("File not found or not readable: ").endsWith("nope.bin");
        }
        assertThat(server.pending()).isZero();
    }

    @Test
    void authAddsItsHeaderOrQueryUnlessTheUserTypedTheHeader() throws Exception {
        RequestSpec get = RequestSpec.of("GET", server.url("/me?x=1"), List.of(), Body.NONE);
        assertThat(send(get.withAuth(new Auth.Bearer("t0k"))).header("Authorization")).contains("Bearer t0k");
        assertThat(send(get.withAuth(new Auth.Basic("émile", "p:ss"))).header("Authorization"))
                .contains("Basic w6ltaWxlOnA6c3M=");
        assertThat(send(get.withAuth(new Auth.ApiKey("X-Api-Key", "k1", Auth.ApiKey.Location.HEADER)))
                .header("X-Api-Key")).contains("k1");
        assertThat(send(get.withAuth(new Auth.ApiKey("api key", "a&b", Auth.ApiKey.Location.QUERY))).pathAndQuery())
                .isEqualTo("/me?x=1&api%20key=a%26b");

        RequestSpec typed = RequestSpec.of("GET", server.url("/"), List.of(Header.of("Authorization", "Custom 1")),
                Body.NONE).withAuth(new Auth.Bearer("ignored"));
        assertThat(send(typed).headerValues("Authorization")).containsExactly("Custom 1");
    }
}
