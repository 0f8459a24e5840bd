package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnippetCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryTargetIdWithItsName() {
        assertThat(run("snippet", "--list")).isZero();
        assertThat(out().lines()).hasSize(27).first().asString().matches("curl +cURL — bash");
        assertThat(out()).contains("python-requests      Python — requests\n",
                "c-libcurl            C — libcurl\n");
    }

    @Test
    void printsOnlyTheSnippetWithTheSecretMasked() {
        int code = run("snippet", "--target", "curl", "--url", "http://127.0.0.1:8080/employees?q=a%20b",
                "-H", "Authorization: Bearer abc123", "--data", "{\"name\":\"Emma\"}");
        assertThat(code).isZero();
        assertThat(out()).isEqualTo("""
                curl \\
                  --include \\
                  --url 'http://127.0.0.1:8080/employees?q=a%20b' \\
                  --header 'Content-Type: application/json' \\
                  --header 'Authorization: Bearer '"$API_TOKEN" \\
                  --data-raw '{"name":"Emma"}'
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void noMaskAndShortOptions() {
        assertThat(run("snippet", "-t", "curl", "--no-mask", "--short", "-X", "DELETE", "--url", "x.org/1",
                "-H", "Authorization: Basic YWxpY2U6czNjcjN0")).isZero();
        assertThat(out()).isEqualTo("""
                curl \\
                  -X DELETE \\
                  -i \\
                  http://x.org/1 \\
                  -u alice:s3cr3t
                """);
    }

    @Test
    void anotherLanguage() {
        assertThat(run("snippet", "-t", "python-requests", "--url", "http://x.org", "-H", "X-A: 1")).isZero();
        assertThat(out()).startsWith("import requests\n").contains("requests.request(\"GET\", url, headers=headers)");
    }

    @Test
    void anUnknownTargetIsBadUsageWithTheListHint() {
        assertThat(run("snippet", "--target", "cobol", "--url", "http://x.org")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("courier: unknown snippet target \"cobol\"; 'courier snippet --list' lists them\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingTargetOrUrlOrBadHeaderIsBadUsage() {
        assertThat(run("snippet", "--url", "http://x.org")).isEqualTo(Cli.USAGE);
        assertThat(run("snippet", "-t", "curl")).isEqualTo(Cli.USAGE);
        assertThat(run("snippet", "-t", "curl", "--url", "http://x.org", "-H", "no colon")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--target", "give --url, or a curl command with --curl", "no colon");
    }
}
