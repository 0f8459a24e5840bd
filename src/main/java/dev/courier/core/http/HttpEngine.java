package dev.courier.core.http;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.proxy.ProxyPlan;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a {@link RequestSpec} with the JDK's {@link HttpClient} and reports the {@link Exchange}: redirects followed
 * hop by hop, the body streamed to memory or a temporary file and content-decoded on the way, cookies taken from and
 * stored in a jar, through the proxy and with the TLS trust the settings choose. Thread-safe; one instance serves
 * the whole application. Futures it returns can be cancelled, which aborts the exchange (and deletes a partly
 * downloaded body), and fail with a {@link TransportFailure} when no HTTP response arrives.
 */
public final class HttpEngine {

    static {
        // Courier sends exactly the headers the user set, including those the JDK client refuses by default.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host,connection,content-length,expect,upgrade");
        }
        // Proxy credentials go out as a Proxy-Authorization header Courier adds itself (an Authenticator would make
        // the client drop every user-typed Authorization header). By default the JDK strips a Basic
        // Proxy-Authorization from CONNECT, a guard for HttpURLConnection users whose credentials come from a
        // global Authenticator; here the user gave them for this proxy, so Basic is allowed for tunnels too. The
        // client reads the property once: it must be set before the first request of the process.
        if (System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null) {
            System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
        }
    }

    private final HttpClients clients = new HttpClients();
    private final CookieJar cookieJar;
    private final RedirectPolicy redirects;
    private volatile NetworkPreferences preferences;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "courier-http-timeouts"));
    private final AtomicInteger bodyThreadCount = new AtomicInteger();
    private final ExecutorService bodyThreads = Executors.newCachedThreadPool(r -> daemon(r,
            "courier-http-body-" + bodyThreadCount.incrementAndGet()));

    /** An engine with its own in-memory cookie jar, direct connections and the JDK's CAs. */
    public HttpEngine() {
        this(new CookieJar(), NetworkPreferences.DIRECT, RedirectPolicy.DEFAULTS);
    }

    /** An engine whose redirects follow {@code redirects} (its count is overridden by each request's settings). */
    public HttpEngine(RedirectPolicy redirects) {
        this(new CookieJar(), NetworkPreferences.DIRECT, redirects);
    }

    /**
     * An engine whose requests use {@code cookieJar} unless a call names another jar.
     *
     * @param preferences the application's proxy, CA file and environment; see {@link #setPreferences}
     */
    public HttpEngine(CookieJar cookieJar, NetworkPreferences preferences) {
        this(cookieJar, preferences, RedirectPolicy.DEFAULTS);
    }

    private HttpEngine(CookieJar cookieJar, NetworkPreferences preferences, RedirectPolicy redirects) {
        this.cookieJar = cookieJar;
        this.preferences = preferences;
        this.redirects = redirects;
    }

    /** Changes the application's network preferences for the requests sent from now on. */
    public void setPreferences(NetworkPreferences newPreferences) {
        this.preferences = newPreferences;
    }

    public NetworkPreferences preferences() {
        return preferences;
    }

    /** The jar used when a call names none. */
    public CookieJar cookieJar() {
        return cookieJar;
    }

    /** Sends the request; the future completes with the exchange, or fails with a {@link TransportFailure}. */
    public CompletableFuture<Exchange> send(RequestSpec spec) {
        return send(spec, cookieJar, Optional.empty(), SendOptions.DEFAULTS);
    }

    /** Sends the request, reporting the body download to {@code options.listener()}, storing it as they say. */
    public CompletableFuture<Exchange> send(RequestSpec spec, SendOptions options) {
        return send(spec, cookieJar, Optional.empty(), options);
    }

    /** Sends the request with a collection's cookie jar and CA file; see the four-argument form. */
    public CompletableFuture<Exchange> send(RequestSpec spec, CookieJar jar, Optional<Path> caFile) {
        return send(spec, jar, caFile, SendOptions.DEFAULTS);
    }

    /**
     * Sends the request.
     *
     * @param jar     the cookie jar of the request's collection: its matching cookies are sent (when the request's
     *                settings say so) and every response's cookies, redirect hops included, are stored in it
     * @param caFile  the collection's CA file, which replaces the application's
     * @param options where the body goes and who hears of its progress
     */
    public CompletableFuture<Exchange> send(RequestSpec spec, CookieJar jar, Optional<Path> caFile,
                                            SendOptions options) {
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
        NetworkPreferences network = preferences;
        ProxyPlan plan = ProxyPlan.of(settings.proxy(), network.proxy(), network.environment());
        Map<HttpClient.Version, HttpClient> byVersion = new EnumMap<>(HttpClient.Version.class);
        try {
            for (HttpClient.Version version : HttpClient.Version.values()) {
                // Redirects are followed hop by hop by Transfer, never by the client.
                byVersion.put(version, clients.client(new HttpClients.Key(settings.connectTimeout(), false, version,
                        settings.verifyTls(), caFile.or(network::caFile), plan, jar, settings.sendCookies())));
            }
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.TLS, e.getMessage(), e));
        }
        CookieJar shownJar = settings.sendCookies() ? jar : null;
        Transfer transfer = new Transfer(byVersion::get, bodyThreads, settings,
                new RedirectPolicy(settings.maxRedirects(), redirects.allowHttpsToHttp()), options,
                hop -> AddedHeaders.asServerSeesIt(hop, shownJar));
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
        transfer.start(AddedHeaders.withProxyAuthorization(prepared, plan));
        return result;
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
