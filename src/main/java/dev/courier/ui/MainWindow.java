package dev.courier.ui;

import dev.courier.ui.workspace.FileDialogs;
import dev.courier.ui.workspace.Workspace;
import dev.courier.ui.workspace.WorkspaceView;
import dev.courier.ui.workspace.WorkspaceWindow;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.stage.Stage;

/** The main window's size and how it opens; shared by the app and the UI tests. */
public final class MainWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private MainWindow() {
    }

    /** The app: the window shows at once and the last workspace is restored after its first frame. */
    public static WorkspaceView show(Stage stage, Workspace workspace, FileDialogs dialogs,
                                     ScheduledExecutorService background, Executor ui) {
        return WorkspaceWindow.open(stage, workspace, dialogs, background, ui, WIDTH, HEIGHT);
    }

    /** A window whose only tab edits {@code vm}, restoring nothing (the UI tests drive it). */
    public static WorkspaceView show(Stage stage, Workspace workspace, RequestViewModel vm, FileDialogs dialogs,
                                     ScheduledExecutorService background, Executor ui) {
        return WorkspaceWindow.openWith(stage, workspace, vm, dialogs, background, ui, WIDTH, HEIGHT);
    }
}
