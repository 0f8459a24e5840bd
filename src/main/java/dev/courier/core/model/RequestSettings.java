package dev.courier.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a request is sent, as opposed to what is sent.
 *
 * @param connectTimeout  limit for opening the connection (and TLS handshake)
 * @param totalTimeout    limit for the whole exchange, until the last byte of the body
 * @param followRedirects follow 3xx responses (except https to http)
 * @param httpVersion     protocol version preference
 */
public record RequestSettings(Duration connectTimeout, Duration totalTimeout, boolean followRedirects,
                              HttpVersionChoice httpVersion) {

    public static final RequestSettings DEFAULTS =
            new RequestSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), true, HttpVersionChoice.AUTO);

    public RequestSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(httpVersion, "httpVersion");
    }

    public RequestSettings withTotalTimeout(Duration timeout) {
        return new RequestSettings(connectTimeout, timeout, followRedirects, httpVersion);
    }

    public RequestSettings withFollowRedirects(boolean follow) {
        return new RequestSettings(connectTimeout, totalTimeout, follow, httpVersion);
    }

    public RequestSettings withHttpVersion(HttpVersionChoice version) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, version);
    }
}
