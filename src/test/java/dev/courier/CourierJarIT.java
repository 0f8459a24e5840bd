package dev.courier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.json.RequestJson;
import dev.courier.testing.GeneratedBody;
import dev.courier.testing.LoopbackServer;
import dev.courier.testing.RouteServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as users and scripts run it: {@code java -jar target/courier.jar ...}. */
class CourierJarIT {

    private record Result(int exitCode, String out, String err) {
    }

    private static List<String> java(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", System.getProperty("courier.jar", "target/courier.jar")));
        return command;
    }

    private static Result courier(String... args) throws IOException, InterruptedException {
        return courierWithInput("", args);
    }

    private static Result courierWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = java();
        command.addAll(List.of(args));
        File errFile = File.createTempFile("courier-err", ".txt");
        Process process = new ProcessBuilder(command).redirectError(errFile).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile.toPath());
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
    void formatsAFileFourTimesLargerThanTheHeapItIsGiven(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        String record = "{\"id\":1,\"name\":\"Zoë\",\"tags\":[\"a\",\"b\"],\"n\":1.50},";
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(big), 1 << 20)) {
            out.write('[');
            long written = 0;
            while (written < 256L * 1024 * 1024) {
                out.write(record);
                written += record.length();
            }
            out.write("null]");
        }
        Path minified = dir.resolve("out.json");
        List<String> command = java("-Xmx64m");
        command.addAll(List.of("format", "--minify", big.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(minified.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.mismatch(big, minified)).as("identical apart from the final newline").isEqualTo(Files.size(big));
    }

    @Test
    void receivesA500MegabyteBodyIntactInA64MegabyteHeap(@TempDir Path dir) throws Exception {
        long size = 500L << 20;
        try (RouteServer server = new RouteServer().route("/big", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, size);
            GeneratedBody.writeTo(size, exchange.getResponseBody());
        })) {
            Path file = dir.resolve("big.bin");
            List<String> command = java("-Xmx64m");
            command.addAll(List.of("send", "--url", server.url("/big"), "--output", file.toString()));
            File errFile = dir.resolve("err.txt").toFile();
            Process process = new ProcessBuilder(command).redirectError(errFile).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(errFile.toPath())).isEmpty();
            assertThat(process.exitValue()).isZero();
            assertThat(out).startsWith("HTTP/1.1 200 OK\n").contains("content-length: " + size + "\n").endsWith("\n\n");
            assertThat(Files.size(file)).isEqualTo(size);
            assertThat(GeneratedBody.crc32(Files.newInputStream(file))).isEqualTo(GeneratedBody.crc32(size));
        }
    }

    @Test
    void importsACurlCommandAsCourierJson() throws Exception {
        Result result = courier("import", "curl", "curl -sk --digest -u ann:pw -X PUT -H 'X-A: 1' --json '{\"a\":1}' "
                + "https://h.example/x");

        assertThat(result.exitCode()).isZero();
        RequestSpec spec = RequestJson.read(result.out());
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.url()).isEqualTo("https://h.example/x");
        assertThat(spec.headers()).containsExactly(Header.of("X-A", "1"), Header.of("Content-Type", "application/json"),
                Header.of("Accept", "application/json"));
        assertThat(spec.body()).isEqualTo(new Body.Text("{\"a\":1}", Body.TextType.JSON));
        assertThat(spec.settings().verifyTls()).isFalse();
        assertThat(result.err()).startsWith("warning: --digest").hasLineCount(1);

        Result fromStdin = courierWithInput("curl ^\"http://h.example/cmd^\" ^\n  -H ^\"X-B: 2^\"\n",
                "import", "curl", "-");
        assertThat(fromStdin.exitCode()).isZero();
        assertThat(RequestJson.read(fromStdin.out()).headers()).contains(Header.of("X-B", "2"));
    }

    @Test
    void refusesTextThatIsNotCurlWithExitCodeTwo() throws Exception {
        Result result = courier("import", "curl", "Invoke-WebRequest -Uri https://h.example/");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("courier: This is a PowerShell Invoke-WebRequest command").hasLineCount(1);
    }

    @Test
    void sendsAnImportedCurlCommand() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            Result result = courier("send", "--curl", "curl -F 'name=Emma' -H 'X-A: 1' " + server.url("/form"));

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).startsWith("HTTP/1.1 200 OK\n");
            LoopbackServer.Received got = server.take();
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.header("X-A")).contains("1");
            assertThat(got.header("Content-Type").orElseThrow()).startsWith("multipart/form-data; boundary=");
            assertThat(got.bodyText()).contains("name=\"name\"\r\n\r\nEmma\r\n");
        }
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

    @Test
    void importsExportsAndRunsACollection(@TempDir Path dir) throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            Path postman = dir.resolve("local.postman_collection.json");
            Files.writeString(postman, """
                    {"info": {"name": "Local",
                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                     "item": [{"name": "Users", "item": [
                        {"name": "List", "request": {"method": "GET", "url": "{{base}}/users",
                         "header": [{"key": "X-A", "value": "1"}]},
                         "event": [{"listen": "test", "script": {"exec": ["pm.test()"]}}]},
                        {"name": "Fail", "request": {"method": "POST", "url": "{{base}}/status/500"}}]}],
                     "variable": [{"key": "base", "value": "%s"}]}
                    """.formatted(server.url("")));
            Path collection = dir.resolve("local.courier.json");

            Result imported = courier("import", "postman", postman.toString(), "-o", collection.toString());
            assertThat(imported.exitCode()).isZero();
            assertThat(imported.err()).isEqualTo("not imported: Users › List: test script not imported (Courier runs "
                    + "no scripts)\n");
            assertThat(Files.readString(collection)).startsWith("{\n  \"format\": 1,\n");

            Result exported = courier("export", "postman", collection.toString());
            assertThat(exported.exitCode()).isZero();
            assertThat(exported.out()).contains("\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/");

            Result run = courier("run", collection.toString());
            assertThat(run.exitCode()).as("a 500 fails the run").isEqualTo(1);
            assertThat(run.out().lines().toList()).hasSize(3);
            assertThat(run.out()).contains("GET " + server.url("/users") + " 200 ", "POST " + server.url("/status/500")
                    + " 500 ", "2 requests: 1 succeeded, 0 without response, 1 with a 5xx status");
            assertThat(server.take().header("X-A")).contains("1");
        }
    }
}
