package dev.courier.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/1.1 server on 127.0.0.1 that writes raw bytes, so tests can misbehave as the JDK's HttpServer cannot:
 * wrong Content-Length, a reset mid-body, 1xx responses before the final one. Each request on a connection is
 * handed to the script, which writes whatever it likes; the connection serves further requests until the script
 * closes it or the client does.
 */
public final class RawHttpServer implements AutoCloseable {

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Script {
        void respond(Request request, Connection connection) throws IOException;
    }

    /** One request as received: header names lower case. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** The connection a script answers on. */
    public static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private boolean closed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        public Connection write(String ascii) throws IOException {
            return write(ascii.getBytes(StandardCharsets.ISO_8859_1));
        }

        public Connection write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            return this;
        }

        public OutputStream out() {
            return out;
        }

        /** Closes with an RST instead of a FIN: the client sees "connection reset". */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            close();
        }

        public void close() throws IOException {
            closed = true;
            socket.close();
        }
    }

    private final ServerSocket server;
    private final Script script;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();

    public RawHttpServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** The next request received, waiting up to five seconds. */
    public Request take() throws InterruptedException {
        Request r = received.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return r;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "raw-http-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Connection connection = new Connection(socket);
            while (!connection.closed) {
                Optional<Request> request = read(in);
                if (request.isEmpty()) {
                    return;
                }
                received.add(request.get());
                script.respond(request.get(), connection);
            }
        } catch (IOException clientWentAway) {
            // the connection is over
        }
    }

    private static Optional<Request> read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return Optional.empty();
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return Optional.of(new Request(requestLine[0], requestLine[1], headers, in.readNBytes(length)));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
