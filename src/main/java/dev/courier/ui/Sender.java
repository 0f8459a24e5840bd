package dev.courier.ui;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.DownloadListener;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.SendOptions;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One form's sends: at most one in flight, a newer send or a cancel drops the older outcome, the elapsed time
 * ticks while it runs, and the outcome goes to the response pane and to the send listener (the history). Used on
 * the UI thread; the exchange itself runs on the engine's threads.
 */
final class Sender {

    private static final long TICK_MILLIS = 100;
    private static final System.Logger LOG = System.getLogger(Sender.class.getName());

    private final HttpEngine engine;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final ResponseViewModel response;
    private final ReadOnlyObjectWrapper<RequestViewModel.State> state;
    private final ReadOnlyLongWrapper elapsedMillis;
    private volatile Consumer<SendOutcome> listener = outcome -> { };

    private long generation;
    private CompletableFuture<Exchange> inFlight;
    private Future<?> ticker;

    Sender(HttpEngine engine, ScheduledExecutorService background, Executor ui, ResponseViewModel response,
           ReadOnlyObjectWrapper<RequestViewModel.State> state, ReadOnlyLongWrapper elapsedMillis) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.response = response;
        this.state = state;
        this.elapsedMillis = elapsedMillis;
    }

    void setListener(Consumer<SendOutcome> listener) {
        this.listener = listener;
    }

    /** Sends the prepared request, cancelling a send in flight; completes once the outcome is handed to the UI. */
    CompletableFuture<Void> send(Resolution<RequestSpec> prepared, CookieJar jar) {
        long sendGeneration = ++generation; // first, so the outcome of the send being replaced is dropped
        cancelInFlight();
        RequestSpec spec = prepared.value();
        Instant sentAt = Instant.now();
        long started = System.nanoTime();
        elapsedMillis.set(0);
        state.set(RequestViewModel.State.SENDING);
        response.showSending();
        ticker = background.scheduleAtFixedRate(() -> ui.execute(() -> {
            if (sendGeneration == generation && state.get() == RequestViewModel.State.SENDING) {
                elapsedMillis.set(Duration.ofNanos(System.nanoTime() - started).toMillis());
                response.showElapsed(elapsedMillis.get());
            }
        }), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        DownloadListener progress = DownloadListener.via(ui, p -> {
            if (sendGeneration == generation) {
                response.showDownload(p);
            }
        });
        CompletableFuture<Exchange> exchange = sendOffThread(spec, jar, SendOptions.DEFAULTS.withListener(progress));
        inFlight = exchange;
        return exchange.handle((result, error) -> {
            report(new SendOutcome(sentAt, spec, Optional.ofNullable(result), error == null ? "" : describe(error),
                    result != null ? result.total() : Duration.ofNanos(System.nanoTime() - started),
                    prepared.secretValues()), error);
            ui.execute(() -> publish(sendGeneration, result, error));
            return null;
        });
    }

    /**
     * Hands the request to the engine on the background executor: the engine builds its HTTP client and TLS context
     * before it returns (the first request of a process spends 100 ms or more there). Cancelling the returned
     * future cancels the exchange.
     */
    private CompletableFuture<Exchange> sendOffThread(RequestSpec spec, CookieJar jar, SendOptions options) {
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        background.execute(() -> {
            if (result.isDone()) {
                return; // cancelled before it started
            }
            CompletableFuture<Exchange> sent;
            try {
                sent = engine.send(spec, jar, Optional.empty(), options);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            result.whenComplete((done, error) -> sent.cancel(true));
            sent.whenComplete((exchange, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (!result.complete(exchange)) {
                    exchange.body().close(); // cancelled meanwhile: nobody will show it
                }
            });
        });
        return result;
    }

    /** Shows an exchange that was not just sent (a restored tab's or a history entry's). */
    void show(Exchange shown) {
        ++generation;
        cancelInFlight();
        elapsedMillis.set(shown.total().toMillis());
        response.show(shown);
        state.set(RequestViewModel.State.DONE);
    }

    /** Shows why a restored tab's last send got no response. */
    void showFailure(String reason) {
        generation++;
        cancelInFlight();
        response.showError(reason);
        state.set(RequestViewModel.State.FAILED);
    }

    /** Stops the request in flight, if any; its outcome will not be shown. */
    void cancel() {
        if (state.get() != RequestViewModel.State.SENDING) {
            return;
        }
        generation++;
        cancelInFlight();
        state.set(RequestViewModel.State.CANCELLED);
        response.showCancelled();
    }

    private void report(SendOutcome outcome, Throwable error) {
        if (unwrap(error) instanceof CancellationException) {
            return; // the user cancelled it, or a newer send replaced it before it was answered
        }
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the send listener failed: " + e); // the response is shown anyway
        }
    }

    private void publish(long sendGeneration, Exchange result, Throwable error) {
        if (sendGeneration != generation) {
            if (result != null) {
                result.body().close(); // superseded or cancelled: nobody will show its body
            }
            return;
        }
        stopTicker();
        if (error == null) {
            elapsedMillis.set(result.total().toMillis());
            response.show(result);
            state.set(RequestViewModel.State.DONE);
        } else {
            response.showError(describe(error));
            state.set(RequestViewModel.State.FAILED);
        }
        inFlight = null;
    }

    private void cancelInFlight() {
        stopTicker();
        if (inFlight != null) {
            inFlight.cancel(true);
            inFlight = null;
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof TransportFailure failure) {
            return failure.getMessage();
        }
        return "Unexpected error: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
