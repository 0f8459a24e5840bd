package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts survive kill -9, for real: Courier runs in another JVM (headless), a URL is typed into it, the process is
 * killed with SIGKILL after the journal's delay, and a new Courier shows the text again, marked unsaved.
 */
class WorkspaceKillTest {

    private static final String TYPED = "https://api.example.com/employees/42?draft=kept";

    @TempDir
    Path home;

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dtestfx.robot=glass", "-Dtestfx.headless=true",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                WorkspaceCrashMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("COURIER_HOME", home.toString());
        return builder.start();
    }

    private List<String> report() throws Exception {
        Process report = start("report");
        List<String> lines = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return lines;
    }

    @Test
    void aUrlTypedBeforeKillDashNineIsBackAfterARestartAndShownAsUnsaved() throws Exception {
        Process typing = start("type", TYPED);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(typing.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("Courier started and the URL was typed").isEqualTo("TYPED");
            Thread.sleep(1000); // the promise: what was typed is on disk within one second
            typing.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
            assertThat(typing.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(typing.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        List<String> restored = report();
        assertThat(restored).contains("URL " + TYPED, "DIRTY true", "TABS 1");
        assertThat(restored).anySatisfy(line -> assertThat(line).startsWith("TITLE api.example.com/employees"));
        assertThat(restored).noneMatch(line -> line.startsWith("PROBLEM"));
    }

    @Test
    void aDamagedJournalIsReportedSetAsideAndCourierStartsFresh() throws Exception {
        Files.createDirectories(home.resolve("drafts"));
        Files.writeString(home.resolve("drafts/workspace.json"), "{\"format\": 1, \"tabs\": [");

        List<String> restored = report();
        assertThat(restored).contains("URL ", "DIRTY false", "TABS 1");
        assertThat(restored).anySatisfy(line -> assertThat(line)
                .startsWith("PROBLEM The saved workspace could not be read"));
        try (var files = Files.list(home.resolve("drafts"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("workspace.json.damaged-"));
        }
    }
}
