package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.ui.response.DocumentViewModel;
import dev.courier.ui.response.LineViewer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 20 MB JSON response, received, formatted and searched while the window is used: the FX thread must keep
 * answering. A correctness bound, not a benchmark (bench/response-viewer.sh measures).
 */
class LargeResponseTest extends WindowTest {

    /** The longest the FX thread may take to run a task posted to it. */
    private static final long BOUND_MILLIS = 500;

    /** Posts a no-op to the FX thread every 20 ms and keeps the slowest answer. */
    private static final class Probe implements Runnable {
        private final AtomicLong worstNanos = new AtomicLong();
        private final AtomicInteger rounds = new AtomicInteger();
        private volatile boolean running = true;

        @Override
        public void run() {
            while (running) {
                long start = System.nanoTime();
                CountDownLatch answered = new CountDownLatch(1);
                CourierApp.UI.execute(answered::countDown);
                try {
                    if (!answered.await(10, TimeUnit.SECONDS)) {
                        worstNanos.set(TimeUnit.SECONDS.toNanos(10));
                    }
                    worstNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    rounds.incrementAndGet();
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        double worstMillis() {
            return worstNanos.get() / 1e6;
        }
    }

    private static void waitLong(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTwentyMegabyteResponseKeepsTheWindowAnsweringWhileItIsFormattedScrolledAndSearched(FxRobot robot)
            throws Exception {
        LineViewer viewer = viewer(robot, "#response-body");
        robot.clickOn("#url").write(server.url("/json/" + (20 << 20)));
        Probe probe = new Probe();
        Thread probing = new Thread(probe, "fx-probe");
        probing.setDaemon(true);
        probing.start();
        robot.clickOn("#send");

        waitLong(() -> viewer.visibleLines().size() > 3 && "    \"id\": 0,".equals(viewer.visibleLines().get(2)));
        DocumentViewModel document = viewer.document();
        boolean stillFormatting = document.processingProperty().get();
        // While the rest is formatted: switch tabs, jump to the end of what is there, search.
        TabPane tabs = robot.lookup("#response-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.clickOn("#response-body");
        robot.type(KeyCode.END);
        shortcut(robot, KeyCode.F);
        robot.write("\"Employee 4242\"");
        waitLong(() -> label(robot, "#response-body-search-count").startsWith("1 of 1"));
        waitLong(() -> !document.processingProperty().get());
        probe.running = false;

        assertThat(probe.rounds.get()).isGreaterThan(20);
        assertThat(probe.worstMillis()).as("slowest FX answer while receiving and formatting 20 MB (formatting was "
                + (stillFormatting ? "" : "not ") + "still running at the first screen)").isLessThan(BOUND_MILLIS);
        assertThat(document.lineCountProperty().get()).isGreaterThan(2_000_000);
        robot.clickOn("#response-body");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        waitLong(() -> {
            List<String> shown = viewer.visibleLines();
            return !shown.isEmpty() && "]".equals(shown.get(shown.size() - 1));
        });
    }
}
