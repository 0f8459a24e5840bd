package dev.courier.core.http;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.SentRequest;
import dev.courier.core.proxy.ProxyPlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a {@link RequestSpec} with the JDK's {@link HttpClient} and reports the {@link Exchange}.
 * Thread-safe; one instance serves the whole application. Futures it returns can be cancelled, which aborts the
 * exchange, and fail with a {@link TransportFailure} when no HTTP response arrives.
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
    private volatile NetworkPreferences preferences;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "courier-http-timeouts");
        t.setDaemon(true);
        return t;
    });

    /** An engine with its own in-memory cookie jar, direct connections and the JDK's CAs. */
    public HttpEngine() {
        this(new CookieJar(), NetworkPreferences.DIRECT);
    }

    /**
     * An engine whose requests use {@code cookieJar} unless a call names another jar.
     *
     * @param preferences the application's proxy, CA file and environment; see {@link #setPreferences}
     */
    public HttpEngine(CookieJar cookieJar, NetworkPreferences preferences) {
        this.cookieJar = cookieJar;
        this.preferences = preferences;
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

    /** Sends the request with the engine's cookie jar; see {@link #send(RequestSpec, CookieJar, Optional)}. */
    public CompletableFuture<Exchange> send(RequestSpec spec) {
        return send(spec, cookieJar, Optional.empty());
    }

    /**
     * Sends the request; the future completes with the exchange, or fails with a {@link TransportFailure}.
     *
     * @param jar    the cookie jar of the request's collection: its matching cookies are sent (when the request's
     *               settings say so) and every response's cookies are stored in it
     * @param caFile the collection's CA file, which replaces the application's
     */
    public CompletableFuture<Exchange> send(RequestSpec spec, CookieJar jar, Optional<Path> caFile) {
        PreparedRequest prepared;
        try {
            prepared = RequestPreparer.prepare(spec);
        } catch (InvalidUrlException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.INVALID_URL, e.getMessage()));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.INVALID_REQUEST,
                    e.getMessage(), e));
        }
        URI uri = prepared.uri();
        RequestSettings settings = spec.settings();
        HttpClient.Version version = version(settings.httpVersion(), uri);
        NetworkPreferences network = preferences;
        ProxyPlan plan = ProxyPlan.of(settings.proxy(), network.proxy(), network.environment());
        prepared = AddedHeaders.withProxyAuthorization(prepared, plan);
        HttpRequest request;
        try {
            request = buildRequest(prepared, version);
        } catch (IllegalArgumentException | IOException e) {
            return CompletableFuture.failedFuture(Failures.classify(e, uri));
        }
        HttpClient client;
        try {
            client = clients.client(new HttpClients.Key(settings.connectTimeout(),
                    settings.followRedirects() && settings.maxRedirects() > 0, version, settings.verifyTls(),
                    caFile.or(network::caFile), plan, jar, settings.sendCookies()));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new TransportFailure(TransportFailure.Kind.TLS, e.getMessage(), e));
        }
        PreparedRequest asSent = AddedHeaders.asServerSeesIt(prepared, settings.sendCookies() ? jar : null);

        long started = System.nanoTime();
        AtomicLong headersArrived = new AtomicLong(started);
        CompletableFuture<HttpResponse<byte[]>> inFlight = client.sendAsync(request, info -> {
            headersArrived.set(System.nanoTime());
            return HttpResponse.BodySubscribers.ofByteArray();
        });
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        inFlight.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(Failures.classify(error, uri));
            } else {
                Duration ttfb = Duration.ofNanos(headersArrived.get() - started);
                Duration total = Duration.ofNanos(System.nanoTime() - started);
                result.complete(toExchange(asSent, response, ttfb, total, settings.decompress()));
            }
        });
        ScheduledFuture<?> deadline = timer.schedule(() -> result.completeExceptionally(new TransportFailure(
                        TransportFailure.Kind.TIMEOUT, "Timed out: no complete response within "
                        + describe(settings.totalTimeout()))),
                settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((exchange, error) -> {
            deadline.cancel(false);
            inFlight.cancel(true); // aborts the exchange when the caller cancelled or the deadline passed
        });
        return result;
    }

    private static HttpRequest buildRequest(PreparedRequest prepared, HttpClient.Version version) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(prepared.uri()).version(version)
                .method(prepared.method(), publisher(prepared.body()));
        for (Header h : prepared.headers()) {
            builder.header(h.name(), h.value());
        }
        return builder.build();
    }

    /** Bytes from memory, files streamed from disk. */
    private static HttpRequest.BodyPublisher publisher(EncodedBody body) throws IOException {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (EncodedBody.Segment segment : body.segments()) {
            if (segment instanceof EncodedBody.Segment.Bytes bytes) {
                parts.add(HttpRequest.BodyPublishers.ofByteArray(bytes.bytes()));
            } else if (segment instanceof EncodedBody.Segment.FileContents file) {
                parts.add(HttpRequest.BodyPublishers.ofFile(file.file()));
            }
        }
        return switch (parts.size()) {
            case 0 -> HttpRequest.BodyPublishers.noBody();
            case 1 -> parts.get(0);
            default -> HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
        };
    }

    private static HttpClient.Version version(HttpVersionChoice choice, URI uri) {
        return switch (choice) {
            case HTTP_1_1 -> HttpClient.Version.HTTP_1_1;
            case HTTP_2 -> HttpClient.Version.HTTP_2;
            // Plain http with HTTP/2 would add Upgrade: h2c headers nobody asked for.
            case AUTO -> "https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1;
        };
    }

    private static Exchange toExchange(PreparedRequest prepared, HttpResponse<byte[]> response, Duration ttfb,
                                       Duration total, boolean decompress) {
        byte[] raw = response.body() == null ? new byte[0] : response.body();
        String encoding = decompress ? response.headers().firstValue("Content-Encoding").orElse("") : "";
        byte[] decoded = raw;
        Optional<String> note = Optional.empty();
        try {
            decoded = ContentDecoder.decode(encoding, raw);
        } catch (IOException e) {
            note = Optional.of("Body shown as received: could not decode Content-Encoding \"" + encoding + "\" ("
                    + e.getMessage() + ")");
        }
        List<Header> responseHeaders = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> responseHeaders.add(Header.of(name, v))));
        String httpVersion = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        SentRequest sent = new SentRequest(prepared.method(), prepared.uri(), httpVersion,
                wireHeaders(prepared, response.version()), prepared.body());
        return new Exchange(sent, response.statusCode(), ReasonPhrases.of(response.statusCode()), httpVersion,
                responseHeaders, decoded, raw.length, ttfb, total, response.uri(), note);
    }

    /**
     * The headers in the order the JDK client writes them: its own (Content-Length, Host) unless the user set
     * them, then the user's, each group sorted by name as the client's header map sorts them.
     */
    static List<Header> wireHeaders(PreparedRequest prepared, HttpClient.Version version) {
        Comparator<Header> byName = Comparator.comparing(h -> h.name().toLowerCase(Locale.ROOT));
        List<Header> user = prepared.headers().stream().sorted(byName).toList();
        List<Header> wire = new ArrayList<>();
        if (version == HttpClient.Version.HTTP_2) {
            wire.addAll(user.stream().map(h -> Header.of(h.name().toLowerCase(Locale.ROOT), h.value())).toList());
            return wire;
        }
        if (!Headers.containsEnabled(user, "Content-Length")) {
            wire.add(Header.of("Content-Length", Long.toString(prepared.body().length())));
        }
        if (!Headers.containsEnabled(user, "Host")) {
            wire.add(Header.of("Host", prepared.uri().getRawAuthority()));
        }
        if (!Headers.containsEnabled(user, "User-Agent")) {
            // the JDK client adds its own when the request has none (sendUserAgent=false); it cannot be left out
            wire.add(Header.of("User-Agent", "Java-http-client/" + System.getProperty("java.version")));
        }
        wire.addAll(user);
        return wire;
    }

    private static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
