package dev.courier.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP proxy on 127.0.0.1 for tests: forwards absolute-form requests ({@code GET http://host/path}) and
 * opens CONNECT tunnels, optionally demanding Basic proxy credentials (407 otherwise). Records each request head.
 */
public final class ForwardingProxy implements AutoCloseable {

    /** A request line and headers as the proxy received them. */
    public record Seen(String requestLine, List<String> headerLines) {

        public Optional<String> header(String name) {
            return headerLines.stream().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst();
        }
    }

    private final ServerSocket server;
    private final String requiredAuthorization;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

    /** A proxy; {@code requiredAuthorization} is the Proxy-Authorization value it demands, or null for none. */
    public ForwardingProxy(String requiredAuthorization) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "forwarding-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next request head the proxy received, waiting up to five seconds. */
    public Seen take() throws InterruptedException {
        Seen s = seen.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the proxy received no request");
        }
        return s;
    }

    public int pending() {
        return seen.size();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            List<String> lines = readHead(in);
            if (lines.isEmpty()) {
                return;
            }
            Seen request = new Seen(lines.get(0), List.copyOf(lines.subList(1, lines.size())));
            seen.add(request);
            if (requiredAuthorization != null
                    && !request.header("Proxy-Authorization").orElse("").equals(requiredAuthorization)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            String[] parts = lines.get(0).split(" ");
            if (parts[0].equals("CONNECT")) {
                int colon = parts[1].lastIndexOf(':');
                try (Socket target = new Socket(parts[1].substring(0, colon),
                        Integer.parseInt(parts[1].substring(colon + 1)))) {
                    out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    pipe(in, out, target);
                }
                return;
            }
            URI uri = URI.create(parts[1]);
            try (Socket target = new Socket(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort())) {
                StringBuilder head = new StringBuilder(parts[0] + " " + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " " + parts[2] + "\r\n");
                for (String line : request.headerLines()) {
                    String lower = line.toLowerCase(java.util.Locale.ROOT);
                    if (!lower.startsWith("proxy-") && !lower.startsWith("connection:")) {
                        head.append(line).append("\r\n");
                    }
                }
                head.append("Connection: close\r\n\r\n");
                target.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                pipe(in, out, target);
            }
        } catch (IOException e) {
            // the client or the target went away: nothing to record
        }
    }

    /** Copies both ways until the target is done, then closes. */
    private static void pipe(InputStream clientIn, OutputStream clientOut, Socket target) throws IOException {
        daemon(() -> {
            try {
                clientIn.transferTo(target.getOutputStream());
            } catch (IOException e) {
                // the tunnel closed
            }
        });
        target.getInputStream().transferTo(clientOut);
        clientOut.flush();
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1).strip();
        return text.isEmpty() ? List.of() : new ArrayList<>(List.of(text.split("\r\n")));
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "forwarding-proxy-connection");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
