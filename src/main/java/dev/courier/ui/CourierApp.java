package dev.courier.ui;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.io.AppPaths;
import dev.courier.ui.workspace.NativeFileDialogs;
import dev.courier.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the engine, the executors and the main window. */
public final class CourierApp extends Application {

    /** The one "run on the UI thread" seam; nothing else calls {@code Platform.runLater}. */
    static final Executor UI = Platform::runLater;

    /**
     * JavaFX warns when it runs from the class path, which Courier does on purpose (see docs/ARCHITECTURE.md).
     * Held in a field: java.util.logging forgets the level of a logger nobody references.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private ScheduledExecutorService background;
    private Workspace workspace;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        Application.launch(CourierApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = newBackgroundExecutor();
        // Sends with the system proxy and an empty jar until the stored preferences and cookies are read, which
        // happens off the UI thread with the rest of the workspace after the window's first frame.
        HttpEngine engine = new HttpEngine(new CookieJar(), NetworkPreferences.system());
        workspace = new Workspace(AppPaths.home(), engine, background, UI);
        // Main passes only *.courier.json files (a desktop opening one), opened with the last workspace.
        workspace.openAtStart(getParameters().getRaw().stream()
                .map(file -> Path.of(file).toAbsolutePath()).toList());
        MainWindow.show(stage, workspace, new NativeFileDialogs(), background, UI);
        FirstFrame.then(stage);
    }

    /** Writes the last journal state and closes the history; the window is gone, so nobody waits on the UI. */
    @Override
    public void stop() {
        workspace.close();
        background.shutdownNow();
    }

    /** Daemon threads for formatting, highlighting and timers: never the FX thread. */
    public static ScheduledExecutorService newBackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "courier-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
