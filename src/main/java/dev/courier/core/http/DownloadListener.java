package dev.courier.core.http;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hears how a response body download advances. The engine calls it on its receiving thread, at most every
 * {@value #INTERVAL_MILLIS} ms and once more when the body is complete; wrap it with {@link #via} to hear it on the
 * UI thread.
 */
@FunctionalInterface
public interface DownloadListener {

    /** The least time between two reports. */
    long INTERVAL_MILLIS = 100;

    /** Hears nothing. */
    DownloadListener NONE = progress -> {
    };

    void onProgress(DownloadProgress progress);

    /**
     * A listener that hands reports to {@code target} through {@code executor}, keeping at most one hand-over
     * pending: when the executor is slow (a busy UI thread), intermediate reports are dropped and the latest wins.
     */
    static DownloadListener via(Executor executor, DownloadListener target) {
        AtomicReference<DownloadProgress> latest = new AtomicReference<>();
        return progress -> {
            if (latest.getAndSet(progress) == null) {
                executor.execute(() -> target.onProgress(latest.getAndSet(null)));
            }
        };
    }
}
