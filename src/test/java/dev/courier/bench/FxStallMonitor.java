package dev.courier.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread takes to answer: a daemon thread posts a no-op every millisecond and keeps the
 * worst round trip seen since the last {@link #reset()}. A stall of the UI shows up as a long round trip.
 */
final class FxStallMonitor {

    private final AtomicLong worstNanos = new AtomicLong();
    private volatile boolean running = true;

    FxStallMonitor() {
        Thread thread = new Thread(this::run, "fx-stall-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            long start = System.nanoTime();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            try {
                answered.await(10, TimeUnit.SECONDS);
                worstNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void reset() {
        worstNanos.set(0);
    }

    double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    void stop() {
        running = false;
    }
}
