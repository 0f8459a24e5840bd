package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Exchange;
import dev.courier.testing.RouteServer;
import dev.courier.ui.CourierApp;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.ResponseViewModel;
import dev.courier.ui.response.LineViewer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The response viewer's FX side for one body size, in its own JVM (see bench/response-viewer.sh): the whole window,
 * headless (Monocle, software rendering), sends a request to a loopback server that generates minified JSON, and
 * measures when the first formatted screen is laid out in a pulse, how long the FX thread stalls at worst while the
 * body is received and formatted, while jumping around the document, and while searching it from the find bar.
 * One cold run (the first request of the process) and three warm ones.
 */
public final class ResponsePaneBench {

    private static final String QUERY = "\"city\": \"Boston\"";
    private static final int JUMPS = 20;

    private record Run(Duration lastByte, Duration shownAfterLastByte, Duration shownAfterSend, Duration formatted,
                       double formatStall, double formatStallCpu, double jumpStall, double jumpStallCpu, Duration searchAll,
                       double searchStall, double searchStallCpu, String matches) {
    }

    private ResponsePaneBench() {
    }

    /** {@code ResponsePaneBench MEBIBYTES}. */
    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        long size = Long.parseLong(args[0]) << 20;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
        try (RouteServer server = new RouteServer().route("/json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            ResponseViewerBench.writeJson(size, exchange.getResponseBody());
        })) {
            RequestViewModel vm = BenchWindows.onFx(() -> new RequestViewModel(new HttpEngine(), background, Platform::runLater));
            Scene scene = BenchWindows.onFx(() -> {
                Stage stage = new Stage();
                BenchWindows.show(stage, vm, background, Platform::runLater);
                vm.methodProperty().set("GET");
                vm.urlProperty().set(server.url("/json"));
                return stage.getScene();
            });
            FxStallMonitor monitor = new FxStallMonitor();
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(run(vm, scene, monitor));
            }
            monitor.stop();
            print(args[0], runs);
        } finally {
            background.shutdownNow();
            Platform.exit();
        }
    }

    private static Run run(RequestViewModel vm, Scene scene, FxStallMonitor monitor) throws Exception {
        long[] published = {0};
        long[] shown = {0};
        Runnable firstScreen = () -> {
            LineViewer viewer = (LineViewer) scene.lookup("#response-body");
            List<String> lines = viewer == null ? List.of() : viewer.visibleLines();
            if (shown[0] == 0 && published[0] != 0 && lines.size() > 20 && "[".equals(lines.get(0))
                    && lines.get(20) != null) {
                shown[0] = System.nanoTime();
            }
        };
        BenchWindows.onFx(() -> {
            vm.response().displayProperty().addListener((obs, old, now) -> {
                if (now == ResponseViewModel.Display.RESPONSE && published[0] == 0) {
                    published[0] = System.nanoTime();
                }
            });
            scene.addPostLayoutPulseListener(firstScreen);
            return null;
        });
        Thread.sleep(500);
        monitor.reset();
        long sent = System.nanoTime();
        BenchWindows.onFx(vm::send);
        waitFor(() -> shown[0] != 0, 300);
        LineViewer viewer = BenchWindows.onFx(() -> (LineViewer) scene.lookup("#response-body"));
        waitFor(() -> onFxQuietly(() -> !viewer.document().processingProperty().get()), 600);
        long formatted = System.nanoTime();
        double formatStall = monitor.worstMillis();
        double formatStallCpu = monitor.worstCpuMillis();
        BenchWindows.onFx(() -> {
            scene.removePostLayoutPulseListener(firstScreen);
            return null;
        });
        Exchange exchange = BenchWindows.onFx(() -> vm.response().exchangeProperty().get());

        long lines = BenchWindows.onFx(() -> viewer.document().lineCountProperty().get());
        double jumpStall = 0;
        double jumpStallCpu = 0;
        for (int i = 0; i < JUMPS; i++) {
            long line = (long) ((i + 0.5) * lines / JUMPS);
            monitor.reset();
            BenchWindows.onFx(() -> {
                viewer.scrollIntoView(line, 0, 0);
                return null;
            });
            waitFor(() -> onFxQuietly(() -> viewer.visibleLines().size() > 20
                    && viewer.visibleLines().get(20) != null), 30);
            Thread.sleep(100);
            if (monitor.worstMillis() > jumpStall) {
                jumpStall = monitor.worstMillis();
                jumpStallCpu = monitor.worstCpuMillis();
            }
        }

        monitor.reset();
        long searchStart = System.nanoTime();
        BenchWindows.onFx(() -> {
            viewer.scrollIntoView(0, 0, 0);
            ((TextField) scene.lookup("#response-body-search")).setText(QUERY);
            return null;
        });
        Label count = BenchWindows.onFx(() -> (Label) scene.lookup("#response-body-search-count"));
        waitFor(() -> onFxQuietly(() -> count.getText().matches("[\\d,]+ of [\\d,]+|line .*")), 600);
        long searched = System.nanoTime();
        double searchStall = monitor.worstMillis();
        double searchStallCpu = monitor.worstCpuMillis();
        String matches = BenchWindows.onFx(count::getText);
        BenchWindows.onFx(() -> {
            ((TextField) scene.lookup("#response-body-search")).setText("");
            return null;
        });
        return new Run(exchange.total(), Duration.ofNanos(shown[0] - published[0]), Duration.ofNanos(shown[0] - sent),
                Duration.ofNanos(formatted - published[0]), formatStall, formatStallCpu, jumpStall, jumpStallCpu,
                Duration.ofNanos(searched - searchStart), searchStall, searchStallCpu, matches);
    }

    private static void print(String mebibytes, List<Run> runs) throws Exception {
        Run cold = runs.get(0);
        List<Run> warm = runs.subList(1, runs.size());
        System.out.printf(Locale.ROOT, "%s MiB in the window: search found %s%n", mebibytes, cold.matches());
        row("time to last byte", cold.lastByte().toMillis(), warm.stream().map(r -> (double) r.lastByte().toMillis()),
                "ms");
        row("first screen shown, after last byte", cold.shownAfterLastByte().toMillis(),
                warm.stream().map(r -> (double) r.shownAfterLastByte().toMillis()), "ms");
        row("first screen shown, after Send", cold.shownAfterSend().toMillis(),
                warm.stream().map(r -> (double) r.shownAfterSend().toMillis()), "ms");
        row("whole document formatted", cold.formatted().toMillis(),
                warm.stream().map(r -> (double) r.formatted().toMillis()), "ms");
        row("worst FX stall: send to formatted", cold.formatStall(), warm.stream().map(Run::formatStall), "ms");
        row("  FX thread's CPU time in it", cold.formatStallCpu(), warm.stream().map(Run::formatStallCpu), "ms");
        row("worst FX stall: 20 jumps", cold.jumpStall(), warm.stream().map(Run::jumpStall), "ms");
        row("  FX thread's CPU time in it", cold.jumpStallCpu(), warm.stream().map(Run::jumpStallCpu), "ms");
        row("search all (find bar)", cold.searchAll().toMillis(),
                warm.stream().map(r -> (double) r.searchAll().toMillis()), "ms");
        row("worst FX stall: search", cold.searchStall(), warm.stream().map(Run::searchStall), "ms");
        row("  FX thread's CPU time in it", cold.searchStallCpu(), warm.stream().map(Run::searchStallCpu), "ms");
        System.out.printf(Locale.ROOT, "  peak RSS %s%n", ResponseViewerBench.peakRss());
    }

    private static void row(String label, double cold, Stream<Double> warm, String unit) {
        List<Double> sorted = warm.sorted().toList();
        System.out.printf(Locale.ROOT, "  %-38s cold %7.0f %s, warm median %7.0f %s%n", label, cold, unit,
                sorted.get(sorted.size() / 2), unit);
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within " + seconds + " s");
            }
            Thread.sleep(2);
        }
    }

    private static boolean onFxQuietly(Callable<Boolean> task) {
        try {
            return BenchWindows.onFx(task);
        } catch (Exception e) {
            return false;
        }
    }
}
