package dev.courier.core.http;

import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.HttpVersionChoice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns a {@link PreparedRequest} into the JDK client's request, and says what that client puts on the wire. */
final class JdkRequests {

    private JdkRequests() {
    }

    static HttpClient.Version version(HttpVersionChoice choice, URI uri) {
        return switch (choice) {
            case HTTP_1_1 -> HttpClient.Version.HTTP_1_1;
            case HTTP_2 -> HttpClient.Version.HTTP_2;
            // Plain http with HTTP/2 would add Upgrade: h2c headers nobody asked for.
            case AUTO -> "https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1;
        };
    }

    static String name(HttpClient.Version version) {
        return version == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
    }

    static HttpRequest build(PreparedRequest prepared, HttpClient.Version version) throws IOException {
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
}
