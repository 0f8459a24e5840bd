package dev.courier.ui;

import dev.courier.ui.settings.NetworkViewModel;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the main view into a stage: title, size, style sheet. Shared by the app and the UI tests. */
public final class MainWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private MainWindow() {
    }

    public static MainView show(Stage stage, RequestViewModel vm, NetworkViewModel network,
                                ScheduledExecutorService background, Executor ui) {
        MainView view = new MainView(vm, network, background, ui);
        Scene scene = new Scene(view.node(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        stage.setTitle("Courier");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        view.focusUrl();
        return view;
    }
}
