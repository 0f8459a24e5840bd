package dev.courier.bench;

import dev.courier.core.body.FormattedDocument;
import dev.courier.core.body.SearchQuery;
import dev.courier.core.body.TextSearch;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.RouteServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The response viewer's path for one body size, end to end, in its own JVM (see bench/response-viewer.sh): a
 * loopback server generates minified JSON on the fly; the engine receives it; a {@link FormattedDocument} lays it
 * out; {@link TextSearch} counts matches. One cold run (first request of the process, as in the app) and three warm
 * ones. Not a JMH benchmark: each step is a single long operation measured with the wall clock.
 */
public final class ResponseViewerBench {

    private record Run(Duration lastByte, Duration firstScreen, Duration formatted, long lines, Duration searchAll,
                       long matches) {
    }

    private ResponseViewerBench() {
    }

    /** {@code ResponseViewerBench MEBIBYTES}. */
    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]) << 20;
        ExecutorService background = Executors.newFixedThreadPool(2);
        try (RouteServer server = new RouteServer().route("/json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            writeJson(size, exchange.getResponseBody());
        })) {
            HttpEngine engine = new HttpEngine();
            RequestSpec spec = RequestSpec.of("GET", server.url("/json"), List.of(), Body.NONE)
                    .withSettings(RequestSettings.DEFAULTS.withTotalTimeout(Duration.ofMinutes(5)));
            clearPeaks();
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(run(engine, spec, background));
            }
            print(args[0], runs);
        } finally {
            background.shutdownNow();
        }
    }

    private static Run run(HttpEngine engine, RequestSpec spec, ExecutorService background) throws Exception {
        Exchange exchange = engine.send(spec).join();
        long opened = System.nanoTime();
        FormattedDocument document = FormattedDocument.open(exchange.body(), exchange.header("Content-Type"),
                background);
        document.firstScreen().join();
        long firstScreen = System.nanoTime();
        document.completion().join();
        long formatted = System.nanoTime();
        long matches = new TextSearch(document, SearchQuery.of("\"city\": \"Boston\"")).countAll();
        long searched = System.nanoTime();
        Run run = new Run(exchange.total(), Duration.ofNanos(firstScreen - opened),
                Duration.ofNanos(formatted - opened), document.lineCount(), Duration.ofNanos(searched - formatted),
                matches);
        document.close();
        exchange.body().close();
        return run;
    }

    /** Minified API-shaped JSON, as bench/SampleJson writes it, streamed until {@code size} bytes. */
    static void writeJson(long size, OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        long written = 1;
        out.write('[');
        for (int i = 0; written < size; i++) {
            String record = (i > 0 ? "," : "") + "{\"id\":" + i + ",\"name\":\"Employee " + i + "\",\"age\":"
                    + (20 + i % 45) + ",\"salary\":" + (40000 + i * 7.25) + ",\"city\":\"Boston\",\"active\":"
                    + (i % 3 != 0) + ",\"manager\":null,\"tags\":[\"a\",\"b\\u00e9\"]}";
            byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
        out.write(']');
        out.flush();
    }

    private static void print(String mebibytes, List<Run> runs) throws IOException {
        Run cold = runs.get(0);
        List<Run> warm = runs.subList(1, runs.size());
        System.out.printf(Locale.ROOT, "%s MiB: %,d lines, %,d matches%n", mebibytes, cold.lines(), cold.matches());
        row("time to last byte", cold.lastByte(), warm.stream().map(Run::lastByte).toList());
        row("first screen (after last byte)", cold.firstScreen(), warm.stream().map(Run::firstScreen).toList());
        row("whole document laid out", cold.formatted(), warm.stream().map(Run::formatted).toList());
        row("search, count all matches", cold.searchAll(), warm.stream().map(Run::searchAll).toList());
        System.out.printf(Locale.ROOT, "  peak heap used %d MiB (max %d MiB), peak RSS %s%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, peakRss());
    }

    private static void row(String label, Duration cold, List<Duration> warm) {
        List<Long> millis = warm.stream().map(Duration::toMillis).sorted().toList();
        System.out.printf(Locale.ROOT, "  %-32s cold %6d ms, warm median %6d ms%n", label, cold.toMillis(),
                millis.get(millis.size() / 2));
    }

    private static void clearPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        Optional<String> hwm = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:")).findFirst();
        return hwm.map(l -> l.substring(6).strip()).orElse("n/a");
    }
}
