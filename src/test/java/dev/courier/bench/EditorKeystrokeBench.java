package dev.courier.bench;

import dev.courier.core.json.JsonFormatter;
import dev.courier.ui.CourierApp;
import dev.courier.ui.editor.CodeEditor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The body editor with a 1 MiB JSON document (pretty-printed, ~40 000 lines), headless: the FX-thread time of a
 * keystroke (the edit plus restyling the touched lines) and of jumping to another part of the document (styling
 * the newly visible lines). Run with {@code bench/editor.sh}.
 */
public final class EditorKeystrokeBench {

    private static final int ROUNDS = 30;

    private EditorKeystrokeBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
        Executor ui = Platform::runLater;
        String document = JsonFormatter.pretty(SampleJson.minified(1 << 20));
        CodeEditor editor = BenchWindows.onFx(() -> {
            CodeEditor e = new CodeEditor("body", true, background, ui);
            e.area().replaceText(document);
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(e.node()), 1280, 800));
            stage.show();
            return e;
        });
        int lines = BenchWindows.onFx(() -> editor.area().getParagraphs().size());
        Thread.sleep(2000);
        FxStallMonitor monitor = new FxStallMonitor();

        List<Double> typing = new ArrayList<>();
        List<Double> typingStall = new ArrayList<>();
        List<Double> jumpStall = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int line = (int) ((round + 0.5) * lines / ROUNDS);
            BenchWindows.onFx(() -> {
                editor.area().showParagraphAtTop(line);
                editor.area().moveTo(line + 5, 4);
                return null;
            });
            monitor.reset();
            Thread.sleep(1500);
            jumpStall.add(monitor.worstMillis());
            monitor.reset();
            typing.add(BenchWindows.onFx(() -> {
                long start = System.nanoTime();
                editor.area().replaceSelection("7");
                return (System.nanoTime() - start) / 1e6;
            }));
            Thread.sleep(300);
            typingStall.add(monitor.worstMillis());
        }
        BenchWindows.onFx(() -> {
            editor.setMode(CodeEditor.Mode.PLAIN);
            return null;
        });
        Thread.sleep(1500);
        List<Double> plainJumpStall = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int line = (int) ((round + 0.25) * lines / ROUNDS);
            monitor.reset();
            BenchWindows.onFx(() -> {
                editor.area().showParagraphAtTop(line);
                return null;
            });
            Thread.sleep(1000);
            plainJumpStall.add(monitor.worstMillis());
        }
        monitor.stop();
        System.out.printf(Locale.ROOT, "document: %d chars, %d lines%n", document.length(), lines);
        report("keystroke: edit on the FX thread", typing);
        report("keystroke: worst FX stall (edit + restyle + render)", typingStall);
        report("jump to another part: worst FX stall (styling new lines)", jumpStall);
        report("jump, plain text (no styling), for comparison", plainJumpStall);
        background.shutdownNow();
        Platform.exit();
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s median %6.2f ms   p90 %6.2f ms   max %6.2f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)), sorted.get(sorted.size() - 1));
    }
}
