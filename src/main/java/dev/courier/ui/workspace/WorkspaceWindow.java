package dev.courier.ui.workspace;

import dev.courier.io.drafts.WorkspaceState;
import dev.courier.ui.RequestView;
import dev.courier.ui.RequestViewModel;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Puts the workspace into a stage: title, size, style sheet; then, after the first frame, the last workspace is
 * restored (the app) or the given form is the first tab (tests).
 */
public final class WorkspaceWindow {

    private WorkspaceWindow() {
    }

    /**
     * Shows the window at once and restores the last workspace after its first frame, off the UI thread.
     *
     * @return the view, whose tabs appear once the journal has been read
     */
    public static WorkspaceView open(Stage stage, Workspace workspace, FileDialogs dialogs,
                                     ScheduledExecutorService background, Executor ui, double width, double height) {
        WorkspaceView view = new WorkspaceView(workspace, dialogs, background, ui);
        Scene scene = show(stage, view, width, height);
        WindowLayout layout = new WindowLayout(stage, view, workspace.tabs());
        Runnable restore = () -> workspace.restore().thenAccept(state -> {
            if (!state.equals(WorkspaceState.FRESH)) {
                layout.apply(state.window());
            }
            layout.follow();
            workspace.history().refresh();
            view.selectedRequest().ifPresent(RequestView::focusUrl);
        }).whenComplete((done, error) -> view.ready());
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                restore.run(); // reads off the UI thread; the frame being laid out is drawn first
            }
        });
        return view;
    }

    /** Shows the window with {@code first} as its only tab, without restoring anything (tests, automation). */
    public static WorkspaceView openWith(Stage stage, Workspace workspace, RequestViewModel first, FileDialogs dialogs,
                                         ScheduledExecutorService background, Executor ui, double width,
                                         double height) {
        workspace.tabs().adopt(first);
        WorkspaceView view = new WorkspaceView(workspace, dialogs, background, ui);
        show(stage, view, width, height);
        new WindowLayout(stage, view, workspace.tabs()).follow();
        workspace.startJournal();
        workspace.environments().load();
        workspace.history().refresh();
        view.ready();
        view.selectedRequest().ifPresent(RequestView::focusUrl);
        return view;
    }

    private static Scene show(Stage stage, WorkspaceView view, double width, double height) {
        Scene scene = new Scene(view.node(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkspaceWindow.class.getResource("/dev/courier/ui/app.css")).toExternalForm());
        stage.setTitle("Courier");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
