package dev.courier.ui.workspace;

import dev.courier.io.drafts.WindowState;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Keeps the workspace's {@link WindowState} in step with the stage and its split panes, and applies a restored
 * one. Split positions are, in order: sidebar width, collections above history, request beside response.
 */
final class WindowLayout {

    private final Stage stage;
    private final WorkspaceView view;
    private final WorkspaceViewModel vm;
    private boolean applying;

    WindowLayout(Stage stage, WorkspaceView view, WorkspaceViewModel vm) {
        this.stage = stage;
        this.view = view;
        this.vm = vm;
    }

    /** Follows the window from now on: every move, resize and divider drag updates the state. */
    void follow() {
        InvalidationListener capture = obs -> capture();
        stage.xProperty().addListener(capture);
        stage.yProperty().addListener(capture);
        stage.widthProperty().addListener(capture);
        stage.heightProperty().addListener(capture);
        stage.maximizedProperty().addListener(capture);
        view.mainSplit().getDividers().get(0).positionProperty().addListener(capture);
        view.sidebarSplit().getDividers().get(0).positionProperty().addListener(capture);
        view.responseDividerProperty().addListener(capture);
        capture();
    }

    /** Puts the window where and as large as it was, if that still fits on a screen. */
    void apply(WindowState state) {
        applying = true;
        try {
            if (state.width() >= stage.getMinWidth() && state.height() >= stage.getMinHeight()) {
                stage.setWidth(state.width());
                stage.setHeight(state.height());
            }
            if (!Double.isNaN(state.x()) && !Double.isNaN(state.y()) && onScreen(state)) {
                stage.setX(state.x());
                stage.setY(state.y());
            }
            stage.setMaximized(state.maximized());
            List<Double> splits = state.splitPositions();
            if (splits.size() > 0) {
                view.mainSplit().setDividerPosition(0, splits.get(0));
            }
            if (splits.size() > 1) {
                view.sidebarSplit().setDividerPosition(0, splits.get(1));
            }
            if (splits.size() > 2) {
                view.responseDividerProperty().set(splits.get(2));
            }
        } finally {
            applying = false;
        }
        capture();
    }

    private void capture() {
        if (applying || stage.getScene() != view.node().getScene()) {
            return; // the stage shows another window's content now (tests reuse one stage)
        }
        vm.windowProperty().set(new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), List.of(view.mainSplit().getDividers().get(0).getPosition(),
                view.sidebarSplit().getDividers().get(0).getPosition(), view.responseDividerProperty().get())));
    }

    private static boolean onScreen(WindowState state) {
        return !Screen.getScreensForRectangle(state.x(), state.y(), state.width(), state.height()).isEmpty();
    }
}
