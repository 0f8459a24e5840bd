package dev.courier.ui.response;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads for response bodies: formatting, searching, filtering, saving and reading pages of lines. Formatting
 * or searching 100 MB takes seconds; on these threads it never delays the app's two background threads (validation,
 * styling) nor the page reads a scrolling viewer waits for.
 */
public final class BodyWorkers {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService SHARED = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "courier-body-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private BodyWorkers() {
    }

    /** The one pool, shared by every response pane: idle threads end after a minute. */
    public static Executor shared() {
        return SHARED;
    }
}
