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
 * @param maxRedirects    how many redirects to follow at most (0 or more)
 * @param verifyTls       check the server's certificate and host name; false trusts any certificate
 * @param sendUserAgent   add {@code User-Agent: Courier/<version>} when the request sets none; false sends none
 * @param decompress      decode gzip/deflate bodies; false keeps the body as received
 * @param sendCookies     add the cookie jar's matching cookies to the request
 * @param proxy           this request's proxy, or {@link ProxySetting#APP_DEFAULT} for the application's choice
 */
public record RequestSettings(Duration connectTimeout, Duration totalTimeout, boolean followRedirects,
                              HttpVersionChoice httpVersion, int maxRedirects, boolean verifyTls,
                              boolean sendUserAgent, boolean decompress, boolean sendCookies, ProxySetting proxy) {

    public static final int DEFAULT_MAX_REDIRECTS = 10;

    public static final RequestSettings DEFAULTS = new RequestSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            true, HttpVersionChoice.AUTO);

    public RequestSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(httpVersion, "httpVersion");
        Objects.requireNonNull(proxy, "proxy");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }

    /** Settings with these limits and the defaults for everything else. */
    public RequestSettings(Duration connectTimeout, Duration totalTimeout, boolean followRedirects,
                           HttpVersionChoice httpVersion) {
        this(connectTimeout, totalTimeout, followRedirects, httpVersion, DEFAULT_MAX_REDIRECTS, true, true, true, true,
                ProxySetting.APP_DEFAULT);
    }

    public RequestSettings withConnectTimeout(Duration timeout) {
        return new RequestSettings(timeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withTotalTimeout(Duration timeout) {
        return new RequestSettings(connectTimeout, timeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withFollowRedirects(boolean follow) {
        return new RequestSettings(connectTimeout, totalTimeout, follow, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withHttpVersion(HttpVersionChoice version) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, version, maxRedirects, verifyTls,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withMaxRedirects(int max) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, max, verifyTls,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withVerifyTls(boolean verify) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verify,
                sendUserAgent, decompress, sendCookies, proxy);
    }

    public RequestSettings withSendUserAgent(boolean send) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                send, decompress, sendCookies, proxy);
    }

    public RequestSettings withDecompress(boolean decode) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decode, sendCookies, proxy);
    }

    public RequestSettings withSendCookies(boolean send) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decompress, send, proxy);
    }

    public RequestSettings withProxy(ProxySetting newProxy) {
        return new RequestSettings(connectTimeout, totalTimeout, followRedirects, httpVersion, maxRedirects, verifyTls,
                sendUserAgent, decompress, sendCookies, newProxy);
    }
}
