package dev.courier.core.http;

import java.time.Duration;
import java.util.OptionalLong;

/** Turns byte counts into throttled {@link DownloadProgress} reports with a smoothed rate. */
final class ProgressMeter {

    private static final long INTERVAL_NANOS = DownloadListener.INTERVAL_MILLIS * 1_000_000;

    private final DownloadListener listener;
    private final OptionalLong expected;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long lastBytes;
    private double rate;

    ProgressMeter(DownloadListener listener, OptionalLong expected) {
        this.listener = listener;
        this.expected = expected;
    }

    void update(long wireBytes, long decodedBytes) {
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            report(now, wireBytes, decodedBytes, false);
        }
    }

    void finish(long wireBytes, long decodedBytes) {
        report(System.nanoTime(), wireBytes, decodedBytes, true);
    }

    private void report(long now, long wireBytes, long decodedBytes, boolean finished) {
        double seconds = Math.max(1e-9, (now - lastReport) / 1e9);
        double recent = (wireBytes - lastBytes) / seconds;
        // Smoothing keeps a bursty loopback or a stalled link from making the figure jump every 100 ms.
        rate = lastBytes == 0 && rate == 0 ? recent : 0.7 * rate + 0.3 * recent;
        lastReport = now;
        lastBytes = wireBytes;
        listener.onProgress(new DownloadProgress(wireBytes, decodedBytes, expected, rate,
                Duration.ofNanos(now - started), finished));
    }
}
