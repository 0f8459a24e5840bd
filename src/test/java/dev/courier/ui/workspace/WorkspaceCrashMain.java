package dev.courier.ui.workspace;

import dev.courier.ui.CourierApp;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app in its own JVM, headless (Monocle), for {@link WorkspaceKillTest}. {@code type TEXT} starts Courier,
 * types TEXT into the URL field, prints {@code TYPED} and waits to be killed; {@code report} starts Courier and
 * prints what it restored ({@code URL}, {@code TITLE}, {@code DIRTY}, {@code PROBLEM} lines), then exits.
 */
public final class WorkspaceCrashMain {

    private WorkspaceCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(CourierApp::new);
        FxRobot robot = new FxRobot();
        // The tabs appear once the journal has been read, after the first frame.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#url").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        if (args[0].equals("type")) {
            robot.clickOn("#url").write(args[1]);
            WaitForAsyncUtils.waitForFxEvents();
            System.out.println("TYPED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE); // until killed
        }
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        Thread.sleep(300); // a restored response renders off the UI thread
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("URL " + robot.lookup("#url").queryTextInputControl().getText());
        System.out.println("TITLE " + tabs.getSelectionModel().getSelectedItem().getText());
        System.out.println("DIRTY " + tabs.getSelectionModel().getSelectedItem().getStyleClass().contains("dirty"));
        System.out.println("TABS " + tabs.getTabs().size());
        Node problem = robot.lookup("#collections-problem").query();
        if (problem.isVisible()) {
            System.out.println("PROBLEM " + robot.lookup("#collections-problem-message").queryAs(Label.class)
                    .getText());
        }
        System.out.flush();
        System.exit(0);
    }
}
