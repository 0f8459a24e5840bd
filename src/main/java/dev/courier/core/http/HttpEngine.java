package dev.courier.core.http;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a {@link RequestSpec} with the JDK's {@link HttpClient} and reports the {@link Exchange}: redirects followed
 * hop by hop, the body streamed to memory or a temporary file and content-decoded on the way. Thread-safe; one
 * instance serves the whole application. Futures it returns can be cancelled, which aborts the exchange (and deletes
 * a partly downloaded body), and fail with a {@link TransportFailure} when no HTTP response arrives.
 */
public final class HttpEngine {

    static {
        // Courier sends exactly the headers the user set, including those the JDK client refuses by default.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host,connection,content-length,expect,upgrade");
        }
    }

    private record ClientKey(Duration connectTimeout, HttpClient.Version version) {
    }

    private final RedirectPolicy redirects;
    private final Map<ClientKey, HttpClient> clients = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "courier-http-timeouts"));
    private final AtomicInteger bodyThreadCount = new AtomicInteger();
    private final ExecutorService bodyThreads = Executors.newCachedThreadPool(r -> daemon(r,
            "courier-http-body-" + bodyThreadCount.incrementAndGet()));

    /** An engine following at most {@link RedirectPolicy#MAX_REDIRECTS} redirects, never from https to http. */
    public HttpEngine() {
        this(RedirectPolicy.DEFAULTS);
    }

    public HttpEngine(RedirectPolicy redirects) {
        this.redirects = redirects;
    }

    /** Sends the request; the future completes with the exchange, or fails with a {@link TransportFailure}. */
    public CompletableFuture<Exchange> send(RequestSpec spec) {
        return send(spec, SendOptions.DEFAULTS);
    }

    /**
     * Sends the request, reporting the body download to {@code options.listener()} and storing the body where
     * {@code options} says.
     */
    public CompletableFuture<Exchange> send(RequestSpec spec, SendOptions options) {
        PreparedRequest prepared;
        try {
            prepared = RequestPreparer.prepare(spec);
        } catch (InvalidUrlException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.INVALID_URL, e.getMessage()));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.INVALID_REQUEST,
                    e.getMessage(), e));
        }
        RequestSettings settings = spec.settings();
        Transfer transfer = new Transfer(version -> client(settings.connectTimeout(), version), bodyThreads,
                settings, redirects, options);
        CompletableFuture<Exchange> result = transfer.result();
        ScheduledFuture<?> deadline = timer.schedule(() -> result.completeExceptionally(new TransportFailure(
                        TransportFailure.Kind.TIMEOUT, "Timed out: no complete response within "
                        + describe(settings.totalTimeout()))),
                settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((exchange, error) -> {
            deadline.cancel(false);
            if (error != null) {
                transfer.abort(); // the caller cancelled or the deadline passed: stop the request or the download
            }
        });
        transfer.start(prepared);
        return result;
    }

    private HttpClient client(Duration connectTimeout, HttpClient.Version version) {
        return clients.computeIfAbsent(new ClientKey(connectTimeout, version), k -> HttpClient.newBuilder()
                .connectTimeout(k.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // Courier follows them itself, hop by hop
                .version(k.version())
                .build());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
