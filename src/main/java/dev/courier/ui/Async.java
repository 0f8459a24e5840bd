package dev.courier.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Blocking work (disk, database) off the UI thread, with its outcome handed back through the UI executor. */
public final class Async {

    private Async() {
    }

    /**
     * Runs {@code task} on {@code background}; the returned future completes on {@code ui} with its value, or
     * exceptionally with what it threw.
     */
    public static <T> CompletableFuture<T> call(Executor background, Executor ui, Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                T value = task.call();
                ui.execute(() -> result.complete(value));
            } catch (Exception | Error e) { // an Error too, or the future would never complete
                ui.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /** The exception a task threw, without the wrapper a dependent future adds. */
    public static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
