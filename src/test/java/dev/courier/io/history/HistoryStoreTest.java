package dev.courier.io.history;

import static dev.courier.io.history.HistoryFixtures.exchange;
import static dev.courier.io.history.HistoryFixtures.get;
import static dev.courier.io.history.HistoryFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private HistoryStore open(HistorySettings settings) throws Exception {
        return HistoryStore.open(dir, settings);
    }

    private static List<String> urls(List<HistorySummary> found) {
        return found.stream().map(HistorySummary::url).toList();
    }

    @Test
    void recordsAndFindsEntriesNewestFirstByUrlMethodStatusAndBodyText() throws Exception {
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            history.record(exchange(T0, get("https://api.example.com/users"), 200, "[{\"name\":\"Emma\"}]"));
            history.record(exchange(T0.plusSeconds(1), post("https://api.example.com/users",
                    "{\"name\":\"Zoë\"}"), 201, "{\"id\":7}"));
            history.record(exchange(T0.plusSeconds(2), get("https://api.example.com/orders/9"), 404, "{}"));
            history.record(HistoryRecord.failed(T0.plusSeconds(3), get("http://127.0.0.1:9/down"),
                    "Connection refused", Duration.ofMillis(2)));

            assertThat(urls(history.search(HistoryQuery.all()))).containsExactly("http://127.0.0.1:9/down",
                    "https://api.example.com/orders/9", "https://api.example.com/users",
                    "https://api.example.com/users");
            assertThat(urls(history.search(HistoryQuery.parse("USERS")))).hasSize(2);
            assertThat(history.search(HistoryQuery.parse("POST users"))).extracting(HistorySummary::status)
                    .containsExactly(201);
            assertThat(history.search(HistoryQuery.parse("emma"))).extracting(HistorySummary::method)
                    .containsExactly("GET");
            assertThat(history.search(HistoryQuery.parse("zoë"))).extracting(HistorySummary::status)
                    .containsExactly(201);
            assertThat(history.search(HistoryQuery.parse("4xx"))).extracting(HistorySummary::url)
                    .containsExactly("https://api.example.com/orders/9");
            assertThat(history.search(HistoryQuery.parse("status:failed"))).singleElement()
                    .satisfies(s -> assertThat(s.failure()).isEqualTo("Connection refused"));
            assertThat(history.search(HistoryQuery.parse("/9"))).extracting(HistorySummary::url)
                    .containsExactly("https://api.example.com/orders/9");
            assertThat(history.search(HistoryQuery.parse(":9"))).extracting(HistorySummary::url)
                    .containsExactly("http://127.0.0.1:9/down");
            assertThat(history.search(HistoryQuery.parse("nothing-like-this"))).isEmpty();
            assertThat(history.search(HistoryQuery.parse("\"quoted 100%_\""))).isEmpty();
        }
    }

    @Test
    void anEntryOpensWithItsRequestHeadersAndBodyAndSurvivesARestart() throws Exception {
        long id;
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            id = history.record(exchange(T0, post("https://h.example/x", "{\"a\":1}"), 201, "{\"ok\":true}"));
        }
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            HistoryEntry entry = history.load(id).orElseThrow();
            assertThat(entry.request()).isEqualTo(post("https://h.example/x", "{\"a\":1}"));
            assertThat(entry.summary().sentAt()).isEqualTo(T0);
            assertThat(entry.summary().timeMillis()).isEqualTo(12);
            assertThat(entry.summary().size()).isEqualTo(11);
            assertThat(new String(entry.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
            assertThat(entry.bodyState()).isEqualTo(HistoryEntry.BodyState.INLINE);
            assertThat(entry.responseHeaders()).contains(Header.of("content-type", "application/json"));
            assertThat(history.load(id + 1)).isEmpty();
        }
    }

    @Test
    void anApiKeyIsMaskedWhereverItWasSentWhateverTheParameterIsCalled() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", "https://h.example/maps?q=AIzaSyK3yValue&zoom=3", List.of(),
                dev.courier.core.model.Body.NONE).withAuth(new Auth.ApiKey("q", "AIzaSyK3yValue",
                Auth.ApiKey.Location.QUERY));
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            HistoryEntry entry = history.load(history.record(exchange(T0, spec, 200, "{}"))).orElseThrow();
            assertThat(entry.request().url()).isEqualTo("https://h.example/maps?q=********&zoom=3");
            assertThat(entry.sentUri()).doesNotContain("AIzaSyK3yValue");
        }
    }

    @Test
    void secretsAreMaskedUnlessTheSettingKeepsThem() throws Exception {
        RequestSpec spec = RequestSpec.of("GET", "https://ann:pw@h.example/x?access_token=abc&page=2",
                List.of(Header.of("Authorization", "Bearer t0k3n"), Header.of("Cookie", "sid=s3"),
                        Header.of("X-Api-Key", "k3y"), Header.of("Accept", "*/*")), dev.courier.core.model.Body.NONE)
                .withAuth(new Auth.Basic("ann", "pw"));
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            HistoryEntry entry = history.load(history.record(exchange(T0, spec, 200, "{}"))).orElseThrow();
            assertThat(entry.request().headers()).containsExactly(Header.of("Authorization", "Bearer ********"),
                    Header.of("Cookie", "********"), Header.of("X-Api-Key", "********"), Header.of("Accept", "*/*"));
            assertThat(entry.request().auth()).isEqualTo(new Auth.Basic("ann", "********"));
            assertThat(entry.request().url())
                    .isEqualTo("https://ann:********@h.example/x?access_token=********&page=2");
            assertThat(entry.sentHeaders()).contains(Header.of("Authorization", "Bearer ********"));
            assertThat(entry.responseHeaders()).contains(Header.of("set-cookie", "********"));
            assertThat(entry.sentUri()).doesNotContain("abc", ":pw@");
            assertThat(history.search(HistoryQuery.parse("t0k3n"))).isEmpty();
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("t0k3n", "k3y", "sid=s3");
            }
        }
        HistorySettings keep = HistorySettings.DEFAULTS.withKeepSecrets(true);
        try (HistoryStore history = HistoryStore.open(dir.resolve("kept"), keep)) {
            HistoryEntry entry = history.load(history.record(exchange(T0, spec, 200, "{}"))).orElseThrow();
            assertThat(entry.request()).isEqualTo(spec);
        }
    }

    @Test
    void largeBodiesAreKeptAsFilesOrDroppedBeyondTheLimits() throws Exception {
        HistorySettings small = HistorySettings.DEFAULTS.withBodyLimits(10, 100);
        try (HistoryStore history = open(small)) {
            long inline = history.record(exchange(T0, get("https://h/a"), 200, "0123456789"));
            long file = history.record(exchange(T0, get("https://h/b"), 200, "x".repeat(100)));
            long dropped = history.record(exchange(T0, get("https://h/c"), 200, "y".repeat(101)));
            assertThat(history.load(inline).orElseThrow().bodyState()).isEqualTo(HistoryEntry.BodyState.INLINE);
            HistoryEntry asFile = history.load(file).orElseThrow();
            assertThat(asFile.bodyState()).isEqualTo(HistoryEntry.BodyState.FILE);
            assertThat(asFile.body().orElseThrow()).hasSize(100);
            assertThat(dir.resolve("bodies/" + file + ".bin")).exists();
            HistoryEntry none = history.load(dropped).orElseThrow();
            assertThat(none.bodyState()).isEqualTo(HistoryEntry.BodyState.DROPPED);
            assertThat(none.body()).isEmpty();
            assertThat(none.summary().size()).isEqualTo(101);
        }
    }

    @Test
    void theOldestEntriesAreEvictedBeyondTheCountOrSizeLimit() throws Exception {
        try (HistoryStore history = open(HistorySettings.DEFAULTS.withMaxEntries(5).withBodyLimits(10, 1000))) {
            for (int i = 0; i < 8; i++) {
                history.record(exchange(T0.plusSeconds(i), get("https://h/" + i), 200, i == 0 ? "z".repeat(50) : "{}"));
            }
            assertThat(history.count()).isEqualTo(5);
            assertThat(urls(history.search(HistoryQuery.all()))).containsExactly("https://h/7", "https://h/6",
                    "https://h/5", "https://h/4", "https://h/3");
            try (Stream<Path> bodies = Files.list(dir.resolve("bodies"))) {
                assertThat(bodies).as("the evicted entry's body file is gone").isEmpty();
            }
        }
        HistorySettings fourKilobytes = HistorySettings.DEFAULTS.withMaxBytes(4000);
        try (HistoryStore history = HistoryStore.open(dir.resolve("bytes"), fourKilobytes)) {
            for (int i = 0; i < 30; i++) {
                history.record(exchange(T0.plusSeconds(i), get("https://h/" + i), 200, "b".repeat(400)));
            }
            assertThat(history.count()).isBetween(2L, 6L);
            assertThat(history.search(HistoryQuery.all()).get(0).url()).isEqualTo("https://h/29");
        }
    }

    @Test
    void clearRemovesEverything() throws Exception {
        try (HistoryStore history = open(HistorySettings.DEFAULTS.withBodyLimits(1, 1000))) {
            history.record(exchange(T0, get("https://h/a"), 200, "body"));
            history.clear();
            assertThat(history.count()).isZero();
            assertThat(history.search(HistoryQuery.parse("body"))).isEmpty();
            try (Stream<Path> bodies = Files.list(dir.resolve("bodies"))) {
                assertThat(bodies).isEmpty();
            }
            history.record(exchange(T0, get("https://h/after"), 200, "body"));
            assertThat(urls(history.search(HistoryQuery.parse("body")))).containsExactly("https://h/after");
        }
    }

    @Test
    void concurrentAppendsFromThreadsAndASecondStoreAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (HistoryStore first = open(HistorySettings.DEFAULTS);
             HistoryStore second = open(HistorySettings.DEFAULTS)) {
            List<Callable<Long>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                HistoryStore store = t % 2 == 0 ? first : second;
                int thread = t;
                writers.add(() -> {
                    long last = 0;
                    for (int i = 0; i < 50; i++) {
                        last = store.record(exchange(T0, get("https://h/" + thread + "/" + i), 200, "{}"));
                    }
                    return last;
                });
            }
            for (Future<Long> done : pool.invokeAll(writers)) {
                done.get();
            }
            assertThat(first.count()).isEqualTo(400);
            assertThat(second.search(HistoryQuery.all().withLimit(1000))).hasSize(400)
                    .extracting(HistorySummary::url).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDamagedDatabaseIsSetAsideReportedAndReplaced() throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("history.db"), "this is not a database, it was cut short by a crash".repeat(100)
                .getBytes(StandardCharsets.UTF_8));
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            assertThat(history.problems()).singleElement().asString().contains("could not be read", "moved to");
            assertThat(history.count()).isZero();
            history.record(exchange(T0, get("https://h/new"), 200, "{}"));
            assertThat(history.count()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("history.db.damaged-"));
        }
        try (HistoryStore history = open(HistorySettings.DEFAULTS)) {
            assertThat(history.problems()).isEmpty();
            assertThat(history.count()).isEqualTo(1);
        }
    }
}
