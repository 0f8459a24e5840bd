package dev.courier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void prettyPrintsAFileKeepingEveryLiteralAndNonAsciiText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.json"), "{\"naïve\":\"日本\",\"n\":1.50,\"big\":1e400,\"a\":[]}");
        assertThat(run("", "format", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "naïve": "日本",
                  "n": 1.50,
                  "big": 1e400,
                  "a": []
                }
                """);
    }

    @Test
    void minifiesStandardInput() {
        assertThat(run("[ 1,\n  {\"a\" : true} ]", "format", "--minify", "-")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[1,{\"a\":true}]\n");
        assertThat(run("  \n", "format")).isZero();
    }

    @Test
    void invalidJsonExitsTwoWithLineAndColumnCountedInCharacters() {
        assertThat(run("{\n  \"café\": \"é\" \"x\": 1\n}", "format")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("line 2, column 15: missing comma between properties\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingFileIsUsage() {
        assertThat(run("", "format", "/no/such/file.json")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("courier: no such file: /no/such/file.json\n");
    }
}
