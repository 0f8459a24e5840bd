package dev.courier.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * What waits for the window's first frame: the window icons, and the opt-in start-up trace
 * ({@code COURIER_STARTUP_TRACE=1}, read by bench/startup.sh). Neither may delay the frame itself.
 */
final class FirstFrame {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 256);

    private FirstFrame() {
    }

    /** Runs once the first pulse has laid out the shown window and handed it to the renderer. */
    static void then(Stage stage) {
        Scene scene = stage.getScene();
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            if (System.getenv("COURIER_STARTUP_TRACE") != null) {
                printTrace();
            }
            // Decoding the icons costs a few milliseconds: after the frame, in the next turn of the FX thread.
            CourierApp.UI.execute(() -> setIcons(stage));
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
    }

    private static void printTrace() {
        long now = System.currentTimeMillis();
        ProcessHandle.Info process = ProcessHandle.current().info();
        long start = process.startInstant().map(Instant::toEpochMilli).orElse(now);
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        // CPU time next to wall time: on a shared machine the wall time depends on the neighbours, the CPU less so.
        System.out.printf(Locale.ROOT,
                "courier-startup: first frame %d ms after process start, %d ms CPU (epoch %d ms)%n", now - start, cpu, now);
        System.out.flush();
    }

    private static void setIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            String url = Objects.requireNonNull(FirstFrame.class.getResource("icon/courier-" + size + ".png"))
                    .toExternalForm();
            stage.getIcons().add(new Image(url));
        }
    }
}
