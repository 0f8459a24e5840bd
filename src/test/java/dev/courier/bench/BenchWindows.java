package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.ui.MainWindow;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.workspace.NativeFileDialogs;
import dev.courier.ui.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The benchmarks' FX side: the app's window around one form, work handed to the FX thread. */
final class BenchWindows {

    private BenchWindows() {
    }

    static void show(Stage stage, RequestViewModel vm, ScheduledExecutorService background, Executor ui) {
        try {
            Workspace workspace = new Workspace(Files.createTempDirectory("courier-bench"), new HttpEngine(),
                    background, ui);
            MainWindow.show(stage, workspace, vm, new NativeFileDialogs(), background, ui);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
