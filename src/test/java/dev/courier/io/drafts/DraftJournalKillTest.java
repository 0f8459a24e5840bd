package dev.courier.io.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal survives kill -9: a separate JVM types, is killed with SIGKILL, and a new JVM restores its state. */
class DraftJournalKillTest {

    private static final String URL = "https://api.example.com/employees/42?expand=orders";

    @TempDir
    Path home;

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                DraftJournalCrashMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("COURIER_HOME", home.toString());
        return builder.start();
    }

    /** The restoring process's output: its state line and problem lines. */
    private List<String> restore() throws Exception {
        Process restore = start("restore");
        List<String> lines = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(restore.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).isZero();
        return lines;
    }

    private static String decode(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        return new String(Base64.getDecoder().decode(line.substring(prefix.length())), StandardCharsets.UTF_8);
    }

    @Test
    void killedRightAfterTheDelayTheNextStartRestoresExactlyTheLastState() throws Exception {
        Process typing = start("type", URL);
        String last;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(typing.getInputStream(),
                StandardCharsets.UTF_8))) {
            last = out.readLine();
        }
        assertThat(last).as("the typing process got to its last keystroke").isNotNull();
        Thread.sleep(1000); // the promise: everything typed is on disk within one second
        typing.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
        assertThat(typing.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(typing.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        List<String> restored = restore();
        assertThat(restored).hasSize(1);
        assertThat(decode(restored.get(0), "STATE ")).isEqualTo(decode(last, "LAST "));
        assertThat(decode(restored.get(0), "STATE ")).contains("\"url\": \"" + URL + "\"");
    }

    @Test
    void killedInTheMiddleOfTypingTheJournalIsStillWholeAndRecent() throws Exception {
        Process typing = start("type-forever", URL);
        Thread.sleep(2500);
        typing.destroyForcibly();
        assertThat(typing.waitFor(10, TimeUnit.SECONDS)).isTrue();

        List<String> restored = restore();
        assertThat(restored).as("no problems: the journal is never half-written").hasSize(1);
        JsonNode state = new ObjectMapper().readTree(decode(restored.get(0), "STATE "));
        assertThat(state.path("selectedTab").asInt()).isEqualTo(1);
        String typed = state.path("tabs").path(1).path("request").path("url").asText();
        assertThat(typed).as("a state that was typed").isNotEmpty();
        assertThat(URL).startsWith(typed);
    }
}
