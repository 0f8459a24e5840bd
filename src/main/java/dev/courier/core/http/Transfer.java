package dev.courier.core.http;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Hop;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.ResponseBody;
import dev.courier.core.model.SentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One send: the hop loop (request, then the final response or the next redirect), then the streamed body. Completes
 * {@link #result}; {@link #abort()} stops whatever is under way and discards a partly received body.
 */
final class Transfer {

    private final Function<HttpClient.Version, HttpClient> clients;
    private final Executor bodyThreads;
    private final RequestSettings settings;
    private final RedirectPolicy policy;
    private final SendOptions options;
    private final UnaryOperator<PreparedRequest> asServerSeesIt;
    private final CompletableFuture<Exchange> result = new CompletableFuture<>();
    private final long started = System.nanoTime();
    private final List<Hop> hops = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private volatile boolean aborted;
    private volatile CompletableFuture<?> inFlight;
    private volatile InputStream bodyStream;

    /**
     * @param asServerSeesIt adds what the client adds on the way (the jar's cookies) to a hop's request, for the
     *                       request-as-sent view
     */
    Transfer(Function<HttpClient.Version, HttpClient> clients, Executor bodyThreads, RequestSettings settings,
             RedirectPolicy policy, SendOptions options, UnaryOperator<PreparedRequest> asServerSeesIt) {
        this.clients = clients;
        this.bodyThreads = bodyThreads;
        this.settings = settings;
        this.policy = policy;
        this.options = options;
        this.asServerSeesIt = asServerSeesIt;
    }

    CompletableFuture<Exchange> result() {
        return result;
    }

    /** Starts the first hop. */
    void start(PreparedRequest first) {
        sendHop(first);
    }

    /** Stops the exchange wherever it is: the request in flight, or the body download (its file is deleted). */
    void abort() {
        aborted = true;
        CompletableFuture<?> request = inFlight;
        if (request != null) {
            request.cancel(true);
        }
        closeQuietly(bodyStream);
    }

    /**
     * The hop loop, one hop per call: sends {@code request}, then calls itself for a redirect it follows, or
     * receives the final body. Everything that happens between hops (a cookie jar, later) belongs here.
     */
    private void sendHop(PreparedRequest request) {
        HttpClient.Version version = JdkRequests.version(settings.httpVersion(), request.uri());
        HttpRequest jdkRequest;
        try {
            jdkRequest = JdkRequests.build(request, version);
        } catch (IllegalArgumentException | IOException e) {
            result.completeExceptionally(Failures.classify(e, request.uri()));
            return;
        }
        PreparedRequest shown = asServerSeesIt.apply(request); // before sending: the jar changes with the answer
        long hopStarted = System.nanoTime();
        long[] headersArrived = {hopStarted};
        Redirects.Decision[] next = {Redirects.Decision.FINAL};
        CompletableFuture<HttpResponse<InputStream>> response = clients.apply(version).sendAsync(jdkRequest, info -> {
            headersArrived[0] = System.nanoTime();
            next[0] = decide(request.uri(), info.statusCode(), info.headers());
            // A redirect's own body is drained so the connection can serve the next hop.
            return isFinal(next[0]) ? HttpResponse.BodySubscribers.ofInputStream()
                    : HttpResponse.BodySubscribers.replacing(InputStream.nullInputStream());
        });
        inFlight = response;
        if (aborted) {
            response.cancel(true);
        }
        response.whenComplete((answer, error) -> {
            if (error != null) {
                result.completeExceptionally(Failures.classify(error, request.uri()));
                return;
            }
            Optional<URI> location = location(request.uri(), answer.headers());
            hops.add(new Hop(new SentRequest(request.method(), request.uri(), JdkRequests.name(answer.version()),
                    JdkRequests.wireHeaders(shown, answer.version()), request.body()),
                    answer.statusCode(),
                    ReasonPhrases.of(answer.statusCode()), JdkRequests.name(answer.version()),
                    headers(answer.headers()), location, Duration.ofNanos(hopStarted - started),
                    Duration.ofNanos(headersArrived[0] - hopStarted)));
            if (next[0] == Redirects.Decision.FOLLOW) {
                sendHop(Redirects.next(request, answer.statusCode(), location.orElseThrow()));
            } else if (next[0] == Redirects.Decision.TOO_MANY) {
                List<URI> visited = hops.stream().map(h -> h.request().uri()).toList();
                result.completeExceptionally(new TransportFailure(TransportFailure.Kind.TOO_MANY_REDIRECTS,
                        Redirects.tooMany(policy.maxRedirects(), visited, location.orElseThrow())));
            } else {
                bodyStream = answer.body();
                if (aborted) {
                    closeQuietly(answer.body());
                }
                bodyThreads.execute(() -> {
                    try {
                        receive(answer, headersArrived[0]);
                    } catch (RuntimeException e) {
                        // never leave the caller waiting for a result that cannot come
                        result.completeExceptionally(Failures.classify(e, request.uri()));
                    }
                });
            }
        });
    }

    private Redirects.Decision decide(URI uri, int status, HttpHeaders headers) {
        Optional<URI> location = location(uri, headers);
        boolean follow = settings.followRedirects() && policy.maxRedirects() > 0; // a limit of 0 means "do not follow"
        Redirects.Decision decision = Redirects.decide(follow, policy, hops.size(), uri, status, location);
        if (decision == Redirects.Decision.REFUSED_DOWNGRADE) {
            notes.add("Redirect to " + location.orElseThrow() + " not followed: it would leave HTTPS for plain HTTP");
        }
        return decision;
    }

    private static boolean isFinal(Redirects.Decision decision) {
        return decision == Redirects.Decision.FINAL || decision == Redirects.Decision.REFUSED_DOWNGRADE;
    }

    private void receive(HttpResponse<InputStream> response, long headersArrived) {
        BodySink sink = new BodySink(ResponseBody.MEMORY_LIMIT, options.saveTo());
        boolean head = response.request().method().equalsIgnoreCase("HEAD");
        OptionalLong announced = head ? OptionalLong.empty() : response.headers().firstValueAsLong("Content-Length");
        BodyReceiver receiver = new BodyReceiver(sink, new ProgressMeter(options.listener(), announced),
                () -> aborted);
        BodyReceiver.Received body;
        try {
            String encoding = settings.decompress() ? response.headers().firstValue("Content-Encoding").orElse("") : "";
            // The JDK answers a proxy's refusal of CONNECT (407) with a response that has no body stream at all.
            InputStream stream = response.body() == null ? InputStream.nullInputStream() : response.body();
            body = receiver.receive(stream, encoding, announced);
        } catch (CancellationException abortedMeanwhile) {
            return; // the result was completed by whoever aborted
        } catch (IOException e) {
            result.completeExceptionally(new TransportFailure(TransportFailure.Kind.IO,
                    "Could not store the response body: " + e.getMessage(), e));
            return;
        }
        long finished = System.nanoTime();
        Hop last = hops.get(hops.size() - 1);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(body.notes());
        Exchange exchange = new Exchange(hops.get(0).request(), last.status(), last.reason(), last.httpVersion(),
                last.headers(), body.body(), body.wireSize(), body.complete(),
                Duration.ofNanos(headersArrived - started), Duration.ofNanos(finished - started),
                response.uri(), hops, allNotes);
        if (!result.complete(exchange)) {
            exchange.body().close(); // cancelled or timed out at the last moment: nobody will release it
        }
    }

    private static Optional<URI> location(URI uri, HttpHeaders headers) {
        return Redirects.location(uri, headers.firstValue("Location"));
    }

    private static List<Header> headers(HttpHeaders headers) {
        List<Header> list = new ArrayList<>();
        headers.map().forEach((name, values) -> values.forEach(v -> list.add(Header.of(name, v))));
        return list;
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // closing only to stop the download
            }
        }
    }
}
