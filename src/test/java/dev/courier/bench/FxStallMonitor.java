package dev.courier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread takes to answer: a daemon thread posts a no-op every millisecond and keeps the
 * worst round trip seen since the last {@link #reset()}. A stall of the UI shows up as a long round trip. For the
 * worst one it also keeps the CPU time the FX thread used meanwhile: a long stall with little FX CPU time is the
 * thread waiting (for the renderer, a garbage collection, or cores busy with other work), not the UI's own work.
 */
final class FxStallMonitor {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong worstCpuNanos = new AtomicLong();
    private volatile long fxThreadId = -1;
    private volatile boolean running = true;

    FxStallMonitor() {
        Platform.runLater(() -> fxThreadId = Thread.currentThread().getId());
        Thread thread = new Thread(this::run, "fx-stall-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            long start = System.nanoTime();
            long cpuStart = fxCpuNanos();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            try {
                answered.await(10, TimeUnit.SECONDS);
                long took = System.nanoTime() - start;
                synchronized (this) {
                    if (took > worstNanos.get()) {
                        worstNanos.set(took);
                        worstCpuNanos.set(Math.max(0, fxCpuNanos() - cpuStart));
                    }
                }
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long fxCpuNanos() {
        long id = fxThreadId;
        return id < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(id));
    }

    synchronized void reset() {
        worstNanos.set(0);
        worstCpuNanos.set(0);
    }

    double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    /** CPU time the FX thread used during the worst round trip. */
    double worstCpuMillis() {
        return worstCpuNanos.get() / 1e6;
    }

    void stop() {
        running = false;
    }
}
