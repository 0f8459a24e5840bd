package dev.courier.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 and a free port, for tests. Records every request it receives and answers:
 * <ul>
 *   <li>{@code /status/N} with status N and a JSON body,</li>
 *   <li>{@code /gzip}, {@code /deflate} with a compressed JSON body,</li>
 *   <li>{@code /slow} by dribbling bytes for up to ten seconds (counts down {@link #aborted} when the client
 *       goes away),</li>
 *   <li>{@code /redirect} with 302 to {@code /landed},</li>
 *   <li>{@code /set-cookie} with a {@code session} cookie,</li>
 *   <li>{@code /text} with plain text, anything else with 200 and {@code {"ok":true,"id":123}}.</li>
 * </ul>
 * and, for the response viewer ({@link ViewerRoutes}): {@code /items}, {@code /json/N} (N bytes of generated JSON),
 * {@code /image.png}, {@code /octets}, {@code /cookies}, {@code /hops/N} (N redirects), {@code /not-json},
 * {@code /no-content}, {@code /huge} (announces 2 GB, sends a few MB, then dribbles).
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Received(String method, String pathAndQuery, List<Map.Entry<String, String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static final String JSON_BODY = "{\"ok\":true,\"id\":123}";
    /** The body of {@code /items}: a small JSON document to filter and search. */
    public static final String ITEMS = ViewerRoutes.ITEMS;

    static {
        // Without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms per exchange.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    public final CountDownLatch aborted = new CountDownLatch(1);

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The next request received, waiting up to five seconds. */
    public Received take() throws InterruptedException {
        Received r = received.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return r;
    }

    public int pending() {
        return received.size();
    }

    /** Forgets what was received, so a long benchmark does not keep every request. */
    public void drain() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query), headers, body));
        try (exchange) {
            if (ViewerRoutes.handle(path, exchange, aborted)) {
                return;
            }
            if (path.startsWith("/status/")) {
                respond(exchange, Integer.parseInt(path.substring(8)), "application/json", JSON_BODY.getBytes());
            } else if (path.equals("/gzip")) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                respond(exchange, 200, "application/json", compress(true));
            } else if (path.equals("/deflate")) {
                exchange.getResponseHeaders().add("Content-Encoding", "deflate");
                respond(exchange, 200, "application/json", compress(false));
            } else if (path.equals("/slow")) {
                dribble(exchange);
            } else if (path.equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", "/landed");
                respond(exchange, 302, "text/plain", new byte[0]);
            } else if (path.equals("/set-cookie")) {
                exchange.getResponseHeaders().add("Set-Cookie", "session=abc123; Path=/; HttpOnly");
                respond(exchange, 200, "application/json", JSON_BODY.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/text")) {
                respond(exchange, 200, "text/plain; charset=utf-8", "plain words".getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().add("X-Trace", "one");
                exchange.getResponseHeaders().add("X-Trace", "two");
                respond(exchange, 200, "application/json", JSON_BODY.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private void dribble(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 200; i++) {
                out.write(".".repeat(1024).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException clientWentAway) {
            aborted.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] compress(boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            out.write("{\"compressed\":\"yes\",\"padding\":\"".getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(2000).getBytes(StandardCharsets.UTF_8));
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
