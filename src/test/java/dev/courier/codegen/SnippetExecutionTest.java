package dev.courier.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.RequestPreparer;
import dev.courier.core.model.Auth;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.LoopbackServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof by execution: for every runnable target and every case, Courier's engine sends the request to a loopback
 * server, the snippet (secrets not masked) is run by the real interpreter against the same server, and the two
 * requests the server received must be the same. Requests with auth run a second time masked, with the secret in
 * the environment variable the snippet reads. Runs go two at a time; each has 60 seconds, compiling included.
 * A missing interpreter skips its target locally and fails it in CI ({@code CI=true}).
 */
class SnippetExecutionTest {

    private static final Path RUNS = Path.of("target", "snippet-runs").toAbsolutePath();
    private static final long BUDGET_SECONDS = 60;
    private static final SnippetOptions UNMASKED = SnippetOptions.DEFAULTS.withMaskSecrets(false);
    private static final HttpEngine ENGINE = new HttpEngine();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "snippet-runner");
        t.setDaemon(true);
        return t;
    });

    /** What one run produced. */
    record Outcome(String snippet, int exitCode, String stdout, String stderr, List<String> differences) {
        String report() {
            return "snippet:\n" + snippet + "\nexit code " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr
                    + "\ndifferences:\n" + String.join("\n", differences);
        }
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicNode> everySnippetSendsWhatCourierSends() throws IOException {
        deleteRecursively(RUNS);
        SnippetCases cases = SnippetCases.writingFilesTo(RUNS.resolve("files"));
        List<DynamicNode> containers = new ArrayList<>();
        for (SnippetRuntime runtime : SnippetRuntimes.all()) {
            Optional<String> missing = runtime.missing();
            List<DynamicNode> tests = new ArrayList<>();
            for (SnippetCases.Case c : cases.all()) {
                if (!runtime.supports().test(c)) {
                    continue;
                }
                Future<Outcome> outcome = missing.isPresent() ? null : POOL.submit(() -> run(runtime, c, false));
                tests.add(DynamicTest.dynamicTest(c.name(), () -> check(runtime, c, missing, outcome)));
                // Masked snippets read secrets from the environment (browser JavaScript shows placeholders).
                if (!(c.at("http://127.0.0.1").auth() instanceof Auth.None) && !runtime.targetId().equals("js-fetch")) {
                    Future<Outcome> masked = missing.isPresent() ? null : POOL.submit(() -> run(runtime, c, true));
                    tests.add(DynamicTest.dynamicTest(c.name() + " masked, secret from the environment",
                            () -> check(runtime, c, missing, masked)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(runtime.targetId(), tests));
        }
        return containers.stream();
    }

    private static void check(SnippetRuntime runtime, SnippetCases.Case c, Optional<String> missing,
                              Future<Outcome> future) throws Exception {
        if (missing.isPresent()) {
            String reason = runtime.targetId() + " cannot run here: missing " + missing.get();
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(reason + " (.ci/run must install it)");
            }
            Assumptions.abort(reason);
        }
        Outcome outcome = future.get(BUDGET_SECONDS + 240, TimeUnit.SECONDS);
        assertThat(outcome.exitCode()).as(outcome.report()).isZero();
        assertThat(outcome.differences()).as(outcome.report()).isEmpty();
        if (!c.name().equals("head")) {
            assertThat(outcome.stdout()).as("the response body is printed\n" + outcome.report()).contains("123");
        }
        if (!runtime.targetId().equals("httpie")) { // HTTPie prints the status only on a terminal
            assertThat(outcome.stdout() + outcome.stderr()).as("the status is printed\n" + outcome.report())
                    .contains("200");
        }
    }

    private static Outcome run(SnippetRuntime runtime, SnippetCases.Case c, boolean masked) throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            RequestSpec spec = c.at("http://127.0.0.1:" + server.port());
            ENGINE.send(spec).get(10, TimeUnit.SECONDS);
            LoopbackServer.Received courier = server.take();
            String snippet = SnippetTargets.byId(runtime.targetId()).orElseThrow()
                    .generate(spec, UNMASKED.withMaskSecrets(masked));
            Path runDirectory = Files.createDirectories(RUNS.resolve(runtime.targetId())
                    .resolve(c.name() + (masked ? "-masked" : "")));
            Path file = runtime.save(runDirectory, snippet);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
            int exitCode = 0;
            Path out = runDirectory.resolve("stdout.txt");
            Path err = runDirectory.resolve("stderr.txt");
            for (List<String> step : runtime.steps()) {
                List<String> command = step.stream().map(a -> a.replace("{file}", file.toString())).toList();
                ProcessBuilder builder = new ProcessBuilder(command).directory(file.getParent().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                        .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
                builder.environment().putAll(runtime.env());
                builder.environment().putAll(secrets(spec.auth()));
                Process process = builder.start();
                long left = deadline - System.nanoTime();
                if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    exitCode = -1;
                    Files.writeString(err, "\n[timed out after " + BUDGET_SECONDS + " s]\n",
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    break;
                }
                exitCode = process.exitValue();
                if (exitCode != 0) {
                    break;
                }
            }
            String stdout = read(out);
            String stderr = read(err);
            if (exitCode != 0 && server.pending() == 0) {
                return new Outcome(snippet, exitCode, stdout, stderr, List.of("the server received nothing"));
            }
            LoopbackServer.Received received = server.take();
            return new Outcome(snippet, exitCode, stdout, stderr, RequestComparison.differences(courier, received));
        }
    }

    /** The environment a masked snippet reads its secret from; a query key goes in the URL as it is. */
    private static Map<String, String> secrets(Auth auth) {
        if (auth instanceof Auth.Bearer bearer) {
            return Map.of(Secret.TOKEN.environmentVariable(), bearer.token());
        }
        if (auth instanceof Auth.Basic basic) {
            return Map.of(Secret.PASSWORD.environmentVariable(), basic.password());
        }
        if (auth instanceof Auth.ApiKey key) {
            return Map.of(Secret.API_KEY.environmentVariable(), key.location() == Auth.ApiKey.Location.QUERY
                    ? RequestPreparer.encodeQueryComponent(key.value()) : key.value());
        }
        return Map.of();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
