package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.testing.RouteServer;
import dev.courier.ui.CourierApp;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.ResponseViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Memory stays flat: the whole window (headless, Monocle) sends 1 000 small requests to a loopback server and, ten
 * times along the way, receives a 50 MiB JSON response, shows it, and replaces it with a small one. RSS after the
 * first request against RSS at the end (target: at most 1.2 times). Drives only RequestViewModel, ResponseViewModel
 * and MainWindow, so it measures whatever response pane the window has. Run with {@code bench/soak.sh}.
 */
public final class MemorySoakBench {

    private static final long LARGE_BYTES = 50L << 20;
    private static final byte[] SMALL_JSON = "{\"id\":1042,\"name\":\"Emma\",\"city\":\"Boston\"}"
            .getBytes(StandardCharsets.UTF_8);

    private MemorySoakBench() {
    }

    /** Arguments: the number of requests (1 000) and of 50 MiB responses among them (10). */
    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int largeResponses = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
        Executor ui = Platform::runLater;
        try (RouteServer server = new RouteServer()
                .route("/small", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, SMALL_JSON.length);
                    exchange.getResponseBody().write(SMALL_JSON);
                })
                .route("/large", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, 0);
                    ResponseViewerBench.writeJson(LARGE_BYTES, exchange.getResponseBody());
                })) {
            RequestViewModel vm = BenchWindows.onFx(() -> {
                RequestViewModel model = new RequestViewModel(new HttpEngine(), background, ui);
                BenchWindows.show(new Stage(), model, background, ui);
                model.methodProperty().set("GET");
                return model;
            });
            long start = System.nanoTime();
            send(vm, server.url("/small"));
            Snapshot first = Snapshot.take();
            System.out.println("after the first request: " + first);
            int largeEvery = requests / largeResponses;
            for (int i = 2; i <= requests; i++) {
                if (i % largeEvery == 0) {
                    send(vm, server.url("/large"));
                    Thread.sleep(2000); // the response pane lays out and paints the first screen of 50 MiB
                    System.out.printf(Locale.ROOT, "50 MiB response %d shown: %s%n", i / largeEvery, Snapshot.take());
                }
                send(vm, server.url("/small"));
            }
            Thread.sleep(2000);
            Snapshot end = Snapshot.take();
            System.out.printf(Locale.ROOT, "at the end (%d requests, %d of 50 MiB, %.0f s): %s%n", requests,
                    largeResponses, (System.nanoTime() - start) / 1e9, end);
            System.out.printf(Locale.ROOT, "RSS end / first: %.2f (target <= 1.20)%n",
                    (double) end.rssKib() / first.rssKib());
            // Only after the measurement, which must not be helped: what is still reachable (a leak would show).
            System.gc();
            System.out.printf(Locale.ROOT, "live heap after a full GC: %d MiB%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
            if (Boolean.getBoolean("soak.hold")) {
                Thread.sleep(60_000); // time for `jcmd PID GC.class_histogram` when looking for what is retained
            }
        } finally {
            background.shutdownNow();
            Platform.exit();
        }
    }

    /** Sends what the form holds for this URL and waits until the response pane has been told the outcome. */
    private static void send(RequestViewModel vm, String url) throws Exception {
        CompletableFuture<Void> sent = BenchWindows.onFx(() -> {
            vm.urlProperty().set(url);
            return vm.send();
        });
        sent.get(60, TimeUnit.SECONDS);
        ResponseViewModel.Display display = BenchWindows.onFx(() -> vm.response().displayProperty().get());
        if (display != ResponseViewModel.Display.RESPONSE) {
            String error = BenchWindows.onFx(() -> vm.response().errorProperty().get());
            throw new IllegalStateException(url + ": " + display + " " + error);
        }
    }

    /** Resident memory of the process, and the heap as the collector sees it. */
    private record Snapshot(long rssKib, MemoryUsage heap) {

        static Snapshot take() throws IOException {
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
            return new Snapshot(rss, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "RSS %d MiB (heap used %d MiB of %d MiB committed)", rssKib >> 10,
                    heap.getUsed() >> 20, heap.getCommitted() >> 20);
        }
    }
}
