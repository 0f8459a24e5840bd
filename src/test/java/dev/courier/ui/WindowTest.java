package dev.courier.ui;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.Globals;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import dev.courier.testing.LoopbackServer;
import dev.courier.ui.response.LineViewer;
import dev.courier.ui.settings.NetworkViewModel;
import dev.courier.ui.workspace.ScriptedFileDialogs;
import dev.courier.ui.workspace.Workspace;
import dev.courier.ui.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window against a loopback server, driven like a person would; headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    /** One for the whole test JVM (daemon threads): windows of earlier tests may still run debounced work. */
    private static final ScheduledExecutorService BACKGROUND = CourierApp.newBackgroundExecutor();

    /** The value of {@code {{token}}} in the window's form. */
    protected static final String TOKEN = "test-token";

    protected LoopbackServer server;
    protected RequestViewModel vm;
    protected NetworkViewModel network;
    protected Stage stage;
    /** The window's models; its data directory is {@link #home}. */
    protected Workspace workspace;
    protected WorkspaceView view;
    /** Answers the window's file choosers. */
    protected final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    @TempDir
    protected Path home;

    /** Opens a fresh window on the primary stage (ApplicationExtension registered it), its only tab editing vm. */
    @BeforeEach
    void openWindow() throws Exception {
        server = new LoopbackServer();
        HttpEngine engine = new HttpEngine();
        // A global {{token}}: the new request's Bearer {{token}} has a value, so Send asks nothing.
        new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), new SecretStore(home.resolve(SecretStore.FILE_NAME)))
                .save(new Globals(List.of(Variable.of("token", TOKEN)), List.of()));
        vm = new RequestViewModel(engine, BACKGROUND, CourierApp.UI);
        workspace = new Workspace(home, engine, BACKGROUND, CourierApp.UI);
        network = workspace.network();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> view = MainWindow.show(primary, workspace, vm, dialogs, BACKGROUND,
                CourierApp.UI));
        waitUntil(() -> workspace.environments().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopServer() {
        server.close();
        workspace.close();
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
        return robot.lookup(query).match(NodeQueryUtils.isVisible()).queryAs(LineViewer.class);
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
