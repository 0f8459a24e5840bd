package dev.courier.bench;

import dev.courier.core.http.HttpEngine;
import dev.courier.ui.MainWindow;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.workspace.NativeFileDialogs;
import dev.courier.ui.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.stage.Stage;

/** A benchmark's window: the app's window whose only tab edits {@code vm}, its data in a throwaway directory. */
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
}
