package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.json.RequestJson;
import dev.courier.testing.LoopbackServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courier import curl} and {@code courier send --curl}, run in-process through {@link Cli#run}. */
class ImportCurlCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheRequestAsCourierJsonAndWarningsOnStderr() throws Exception {
        int code = run("", "import", "curl", "curl -sS -k --digest -u ann:pw -d 'name=Emma&age=28' "
                + "https://api.example.com/x");

        assertThat(code).isZero();
        assertThat(RequestJson.read(out())).isEqualTo(new RequestSpec("POST", "https://api.example.com/x",
                List.of(Header.of("Accept", "*/*"), Header.of("Content-Type", "application/x-www-form-urlencoded")),
                new Body.Form(List.of(Field.of("name", "Emma"), Field.of("age", "28"))), Auth.NONE,
                RequestSettings.DEFAULTS.withFollowRedirects(false).withVerifyTls(false)));
        assertThat(out()).startsWith("{\n  \"method\": \"POST\",\n");
        assertThat(err()).startsWith("warning: --digest").endsWith("\n").hasLineCount(1);
    }

    @Test
    void readsTheCommandFromStandardInputOrAsWordsSplitByTheShell() throws Exception {
        assertThat(run("curl http://h/from-stdin \\\n  -H 'X-A: 1'\n", "import", "curl", "-")).isZero();
        assertThat(RequestJson.read(out()).url()).isEqualTo("http://h/from-stdin");

        out.reset();
        assertThat(run("", "import", "curl", "--", "-X", "PUT", "http://h/words", "-H", "X-Quote: it's")).isZero();
        RequestSpec words = RequestJson.read(out());
        assertThat(words.method()).isEqualTo("PUT");
        assertThat(words.headers()).contains(Header.of("X-Quote", "it's"));

        out.reset();
        assertThat(run("", "import", "curl", "curl", "-d", "a b", "http://h/")).isZero();
        assertThat(RequestJson.read(out()).body()).isEqualTo(new Body.Text("a b", Body.TextType.TEXT));
    }

    @Test
    void resolvesFilesAgainstTheGivenDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("body.json"), "{\"a\":1}\r\n");
        assertThat(run("", "import", "curl", "--dir", dir.toString(), "curl -d @body.json http://h/")).isZero();
        assertThat(RequestJson.read(out()).body()).isEqualTo(new Body.Text("{\"a\":1}", Body.TextType.TEXT));
        assertThat(err()).isEmpty();
    }

    @Test
    void somethingThatIsNotCurlIsExitCodeTwoAndOneLine() {
        assertThat(run("", "import", "curl", "wget -q http://h/")).isEqualTo(Cli.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("courier: This is not a curl command: it runs \"wget\"\n");

        err.reset();
        assertThat(run("", "import", "curl", "curl -v")).isEqualTo(Cli.USAGE);
        assertThat(err()).hasLineCount(1).contains("no URL");
        assertThat(run("", "import", "curl")).isEqualTo(Cli.USAGE);
        assertThat(run("", "import")).isEqualTo(Cli.USAGE);
    }

    @Test
    void sendCurlSendsTheImportWithTheOtherOptionsOnTop() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            String curl = "curl -H 'X-Keep: 1' -H 'X-Replace: old' -b s=1 -d 'a=1' " + server.url("/imported");
            assertThat(run("", "send", "--curl", curl, "-H", "X-Replace: new", "-m", "5")).isZero();
            LoopbackServer.Received got = server.take();
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.pathAndQuery()).isEqualTo("/imported");
            assertThat(got.headerValues("X-Replace")).containsExactly("new");
            assertThat(got.header("X-Keep")).contains("1");
            assertThat(got.header("Accept")).contains("*/*");
            assertThat(got.header("Cookie")).contains("s=1");
            assertThat(got.header("Content-Type")).contains("application/x-www-form-urlencoded");
            assertThat(got.bodyText()).isEqualTo("a=1");
            assertThat(out()).startsWith("HTTP/1.1 200 OK\n");

            assertThat(run("", "send", "--curl", "curl " + server.url("/get"), "-d", "{\"j\":1}",
                    "--url", server.url("/other"))).isZero();
            LoopbackServer.Received changed = server.take();
            assertThat(changed.method()).isEqualTo("POST");
            assertThat(changed.pathAndQuery()).isEqualTo("/other");
            assertThat(changed.header("Content-Type")).contains("application/json");
            assertThat(changed.bodyText()).isEqualTo("{\"j\":1}");

            assertThat(run("curl -X DELETE " + server.url("/piped"), "send", "--curl", "-")).isZero();
            assertThat(server.take().method()).isEqualTo("DELETE");
        }
    }

    @Test
    void sendNeedsAUrlOrACurlCommand() {
        assertThat(run("", "send")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--url");
        err.reset();
        assertThat(run("", "send", "--curl", "http GET http://h/")).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("courier: This is not a curl command: it runs \"http\"\n");
    }
}
