package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.ForwardingProxy;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.RawHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void postsDataAndPrintsStatusHeadersAndBody() throws Exception {
        int code = run("send", "--url", server.url("/x?y=1"), "--data", "{\"a\":1}", "-H", "Authorization: Bearer t0k");

        assertThat(code).isZero();
        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.pathAndQuery()).isEqualTo("/x?y=1");
        assertThat(got.bodyText()).isEqualTo("{\"a\":1}");
        assertThat(got.header("Content-Type")).contains("application/json");
        assertThat(got.header("Authorization")).contains("Bearer t0k");
        assertThat(out()).startsWith("HTTP/1.1 200 OK\n")
                .contains("\ncontent-type: application/json\n")
                .endsWith("\n\n" + LoopbackServer.JSON_BODY);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anHttpErrorStatusIsStillAResponse() {
        assertThat(run("send", "-X", "DELETE", "--url", server.url("/status/503"))).isZero();
        assertThat(out()).startsWith("HTTP/1.1 503 Service Unavailable\n");
    }

    @Test
    void readsDataFromAFileAndKeepsAnExplicitContentType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("body.json");
        Files.writeString(file, "[1, 2]");
        assertThat(run("send", "--url", server.url("/"), "--data", "@" + file, "-H", "Content-Type: text/plain",
                "--method", "PUT")).isZero();
        LoopbackServer.Received got = server.take();
        assertThat(got.method()).isEqualTo("PUT");
        assertThat(got.bodyText()).isEqualTo("[1, 2]");
        assertThat(got.headerValues("Content-Type")).containsExactly("text/plain");
    }

    @Test
    void aTransportFailureIsOneLineOnStderrAndExitCodeOne() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(run("send", "--url", "http://127.0.0.1:" + port + "/")).isEqualTo(Cli.TRANSPORT_FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("courier: Connection refused: nothing is listening on 127.0.0.1:" + port + "\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void connectionOptionsReachTheWire() throws Exception {
        assertThat(run("send", "--url", server.url("/redirect"), "--no-follow")).isZero();
        assertThat(out()).startsWith("HTTP/1.1 302 Found\n");
        server.take();
        out.reset();
        assertThat(run("send", "--url", server.url("/redirect"), "--max-redirects", "0")).isZero();
        assertThat(out()).startsWith("HTTP/1.1 302 Found\n");
        server.take();
        assertThat(run("send", "--url", server.url("/"), "--no-user-agent", "-k")).isZero();
        assertThat(server.take().header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).doesNotStartWith(
                "Courier/"));
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            assertThat(run("send", "--url", server.url("/via"), "--proxy", "127.0.0.1:" + proxy.port())).isZero();
            assertThat(proxy.take().requestLine()).isEqualTo("GET " + server.url("/via") + " HTTP/1.1");
        }
        assertThat(run("send", "--url", server.url("/"), "--proxy", "socks5://h:1")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--proxy: ");
        assertThat(run("send", "--url", server.url("/"), "--max-redirects", "-1")).isEqualTo(Cli.USAGE);
    }

    @Test
    void outputStreamsTheBodyToAFileAndPrintsOnlyTheHead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("body.json");
        assertThat(run("send", "--url", server.url("/x"), "--output", file.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(LoopbackServer.JSON_BODY);
        assertThat(out()).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\n").doesNotContain(LoopbackServer.JSON_BODY);
        assertThat(run("send", "--url", server.url("/x"), "-o", dir.resolve("no/such/dir/x").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a file in an existing directory");
    }

    @Test
    void anIncompleteBodyIsPrintedAndExitsWithOne() throws Exception {
        try (RawHttpServer broken = new RawHttpServer((request, c) -> {
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome");
            c.close();
        })) {
            assertThat(run("send", "--url", broken.url("/"))).isEqualTo(Cli.TRANSPORT_FAILURE);
            assertThat(out()).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\nsome");
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("courier: Incomplete body: the connection broke after 4 B of the 100 B announced");
        }
    }

    @Test
    void badUsageIsExitCodeTwo() {
        assertThat(run("send", "--url", server.url("/"), "-H", "no colon")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid header \"no colon\"");
        assertThat(run("send")).isEqualTo(Cli.USAGE);
        assertThat(run("send", "--url", server.url("/"), "--data", "@/does/not/exist")).isEqualTo(Cli.USAGE);
        assertThat(server.pending()).isZero();
    }
}
