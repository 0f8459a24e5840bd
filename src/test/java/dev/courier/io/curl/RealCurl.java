package dev.courier.io.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a POSIX curl command line through bash with the real {@code /usr/bin/curl}, as a person would paste it
 * into a terminal. {@code curl} is a shell function that adds {@code -q -s -S -o /dev/null --max-time 10} in
 * front of the command's own options: no ~/.curlrc, no progress meter, no output, bounded time.
 */
final class RealCurl {

    static final Path CURL = Path.of("/usr/bin/curl");

    /** What curl printed on stderr and its exit code, for failure messages. */
    record Run(int exitCode, String stderr) {
    }

    private RealCurl() {
    }

    /** Skips the calling test when curl is missing, except on CI (env CI=true), where that is a failure. */
    static void requireCurl() {
        if (Files.isExecutable(CURL)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(CURL + " is missing: the corpus test needs the real curl on CI");
        }
        Assumptions.abort(CURL + " is missing: the curl corpus comparison was skipped");
    }

    static String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CURL.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out.lines().findFirst().orElse("curl (unknown version)");
    }

    /** Runs {@code command} in {@code directory}; fails when it takes longer than 20 seconds. */
    static Run run(String command, Path directory, Path scratch) throws IOException, InterruptedException {
        Path script = Files.createTempFile(scratch, "curl-", ".sh");
        Files.writeString(script, "curl() { " + CURL + " -q -s -S -o /dev/null --max-time 10 \"$@\"; }\n"
                + command + "\n", StandardCharsets.UTF_8);
        Path stderr = Files.createTempFile(scratch, "curl-", ".err");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString())).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
        builder.environment().put("HOME", scratch.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("curl did not finish within 20 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
