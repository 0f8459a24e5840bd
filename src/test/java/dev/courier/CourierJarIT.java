package dev.courier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as users and scripts run it: {@code java -jar target/courier.jar ...}. */
class CourierJarIT {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result courier(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("courier.jar", "target/courier.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        File errFile = File.createTempFile("courier-err", ".txt");
        Process process = new ProcessBuilder(command).redirectError(errFile).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = java.nio.file.Files.readString(errFile.toPath());
        errFile.delete();
        return new Result(process.exitValue(), out, err);
    }

    @Test
    void sendsJsonFromTheCommandLine() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            Result result = courier("send", "--url", server.url("/x"), "--data", "{\"a\":1}");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\n" + LoopbackServer.JSON_BODY);
            LoopbackServer.Received got = server.take();
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.bodyText()).isEqualTo("{\"a\":1}");
            assertThat(got.header("Content-Type")).contains("application/json");
        }
    }

    @Test
    void aTransportFailureExitsWithOneAndOneLine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Result result = courier("send", "--url", "http://127.0.0.1:" + port + "/");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("courier: Connection refused: nothing is listening on 127.0.0.1:" + port + "\n");
    }

    @Test
    void printsItsVersionAndHelp() throws Exception {
        assertThat(courier("--version").out()).startsWith("courier 0.");
        Result help = courier("send", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--url", "--header", "--data", "--method");
    }

    @Test
    void printsASnippetAndListsTheTargets() throws Exception {
        Result list = courier("snippet", "--list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("curl ", "python-requests ", "c-libcurl ");
        Result snippet = courier("snippet", "--target", "python-requests", "--url", "http://127.0.0.1:9/x",
                "--data", "{\"a\":1}");
        assertThat(snippet.exitCode()).isZero();
        assertThat(snippet.out()).startsWith("import requests\n").contains("'{\"a\":1}'.encode(\"utf-8\")");
        Result unknown = courier("snippet", "--target", "nope", "--url", "http://x.org");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("snippet --list");
    }
}
