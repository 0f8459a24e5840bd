package dev.courier.bench;

import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.history.HistoryFixtures;
import dev.courier.io.history.HistoryQuery;
import dev.courier.io.history.HistorySettings;
import dev.courier.io.history.HistoryStore;
import dev.courier.io.history.HistorySummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * History search over 100 000 recorded exchanges with realistic URLs and JSON bodies (0.2–2 KB), as typed into the
 * History panel's search box; each search returns at most 500 entries, newest first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistorySearchBench {

    private static final String[] RESOURCES = {"users", "orders", "invoices", "products", "customers", "payments",
        "shipments", "reports", "sessions", "tickets"};
    private static final String[] HOSTS = {"api.example.com", "staging.example.com", "127.0.0.1:8080",
        "billing.internal", "search.example.org"};
    private static final String[] NAMES = {"Emma", "Noah", "Zoë", "Liam", "Olivia", "Mateo", "Ava", "Yuki", "Ana"};
    private static final int[] STATUSES = {200, 200, 200, 201, 204, 301, 400, 401, 404, 500, 503};

    @Param({"100000"})
    public int entries;

    private HistoryStore history;

    /** Fills {@code target/bench-history-N} once; later forks reuse it (JMH forks once per benchmark method). */
    @Setup
    public void fill() throws IOException {
        Path directory = Path.of("target", "bench-history-" + entries);
        history = HistoryStore.open(directory, HistorySettings.DEFAULTS);
        if (history.count() == entries) {
            return;
        }
        history.clear();
        Random random = new Random(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < entries; i++) {
            history.record(HistoryFixtures.exchange(start.plusSeconds(i * 30L), request(random, i),
                    STATUSES[random.nextInt(STATUSES.length)], body(random, i)));
        }
    }

    @TearDown
    public void close() throws IOException {
        history.close();
    }

    /** A word in a fifth of all URLs: the first 500 matches end the search. */
    @Benchmark
    public List<HistorySummary> commonWord() throws IOException {
        return history.search(HistoryQuery.parse("users"));
    }

    /** A word in one response body only. */
    @Benchmark
    public List<HistorySummary> rareBodyWord() throws IOException {
        return history.search(HistoryQuery.parse("order-77777"));
    }

    /** Two characters: too short for the trigram index, matched against URLs. */
    @Benchmark
    public List<HistorySummary> shortWord() throws IOException {
        return history.search(HistoryQuery.parse("v2"));
    }

    @Benchmark
    public List<HistorySummary> methodAndStatusClass() throws IOException {
        return history.search(HistoryQuery.parse("POST 5xx"));
    }

    @Benchmark
    public List<HistorySummary> methodStatusAndWord() throws IOException {
        return history.search(HistoryQuery.parse("GET 404 customer"));
    }

    /** A word in every response body: every entry matches, the index yields all 100 000 before ordering. */
    @Benchmark
    public List<HistorySummary> wordInEveryBody() throws IOException {
        return history.search(HistoryQuery.parse("delivered"));
    }

    /** The worst case for an index that must prove there is nothing. */
    @Benchmark
    public List<HistorySummary> noMatch() throws IOException {
        return history.search(HistoryQuery.parse("zzqqxxyy"));
    }

    /** Several words that are each common but rarely together. */
    @Benchmark
    public List<HistorySummary> twoWords() throws IOException {
        return history.search(HistoryQuery.parse("Yuki shipments"));
    }

    /** The panel opening: the newest 500. */
    @Benchmark
    public List<HistorySummary> newest() throws IOException {
        return history.search(HistoryQuery.all());
    }

    private static RequestSpec request(Random random, int i) {
        String resource = RESOURCES[random.nextInt(RESOURCES.length)];
        String url = "https://" + HOSTS[random.nextInt(HOSTS.length)] + "/v" + (1 + random.nextInt(3)) + "/" + resource
                + (random.nextBoolean() ? "/" + random.nextInt(100_000) : "?page=" + random.nextInt(50));
        List<Header> headers = List.of(Header.of("Accept", "application/json"),
                Header.of("Authorization", "Bearer token-" + i));
        int kind = random.nextInt(4);
        if (kind == 0) {
            String name = NAMES[random.nextInt(NAMES.length)];
            return RequestSpec.of("POST", url, headers, new Body.Text("{\"name\":\"" + name + "\",\"ref\":\"ref-" + i
                    + "\"}", Body.TextType.JSON));
        }
        return RequestSpec.of(kind == 1 ? "DELETE" : "GET", url, headers, Body.NONE);
    }

    private static String body(Random random, int i) {
        StringBuilder json = new StringBuilder("{\"id\":\"order-").append(i).append("\",\"items\":[");
        int items = 1 + random.nextInt(12);
        for (int k = 0; k < items; k++) {
            json.append(k == 0 ? "" : ",").append("{\"name\":\"").append(NAMES[random.nextInt(NAMES.length)])
                    .append("\",\"sku\":\"SKU-").append(random.nextInt(1_000_000)).append("\",\"price\":")
                    .append(random.nextInt(10_000) / 100.0).append(",\"note\":\"delivered to the front desk\"}");
        }
        return json.append("]}").toString();
    }
}
