package dev.courier.ui;

import dev.courier.core.http.HttpEngine;
import dev.courier.io.cookies.CookieJars;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.response.LineViewer;
import dev.courier.ui.settings.NetworkViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window against a loopback server, driven like a person would; headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    /** One for the whole test JVM (daemon threads): windows of earlier tests may still run debounced work. */
    private static final ScheduledExecutorService BACKGROUND = CourierApp.newBackgroundExecutor();

    protected LoopbackServer server;
    protected RequestViewModel vm;
    protected NetworkViewModel network;
    protected Stage stage;

    /** Opens a fresh window on the primary stage (ApplicationExtension registered it). */
    @BeforeEach
    void openWindow() throws IOException, TimeoutException {
        server = new LoopbackServer();
        HttpEngine engine = new HttpEngine();
        Path home = Files.createTempDirectory("courier-window-test");
        network = new NetworkViewModel(engine, new CookieJars(home.resolve("cookies")),
                home.resolve("preferences.json"), BACKGROUND, CourierApp.UI);
        vm = new RequestViewModel(engine, BACKGROUND, CourierApp.UI);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> MainWindow.show(primary, vm, network, BACKGROUND, CourierApp.UI));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected static void selectAll(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    }

    protected static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
    }

    protected static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    protected static CodeArea area(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(CodeArea.class);
    }

    protected static LineViewer viewer(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(LineViewer.class);
    }

    protected static TableCell<?, ?> cell(FxRobot robot, String table, String cellClass, int row) {
        return robot.lookup(table + " ." + cellClass).match(node -> ((TableCell<?, ?>) node).getIndex() == row)
                .queryAs(TableCell.class);
    }

    protected static TextField field(FxRobot robot, String table, String cellClass, int row) {
        return robot.from(cell(robot, table, cellClass, row)).lookup(".text-field").queryAs(TextField.class);
    }

    protected static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
