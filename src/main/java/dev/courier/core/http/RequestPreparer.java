package dev.courier.core.http;

import dev.courier.core.Version;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariables;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a {@link RequestSpec} into what goes on the wire. Headers the user typed win over the ones auth or
 * the body would add: an enabled {@code Authorization} row is sent as typed, and the Bearer/Basic auth is not added.
 */
public final class RequestPreparer {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");

    private RequestPreparer() {
    }

    /**
     * Prepares {@code spec} for sending.
     *
     * @throws InvalidUrlException when the URL cannot be sent
     * @throws IOException         when a file the body refers to cannot be read
     */
    public static PreparedRequest prepare(RequestSpec spec) throws InvalidUrlException, IOException {
        String url = PathVariables.substitute(spec.url(), spec.pathVariables());
        URI uri = RequestUris.parse(withApiKeyQuery(url, spec.auth()));
        List<Header> headers = new ArrayList<>();
        for (Header h : spec.enabledHeaders()) {
            if (!h.name().isBlank()) {
                headers.add(new Header(h.name().strip(), h.value().strip(), true));
            }
        }
        authHeader(spec.auth()).filter(h -> !Headers.containsEnabled(headers, h.name())).ifPresent(headers::add);
        String boundary = "";
        if (spec.body() instanceof Body.Multipart) {
            boundary = multipartBoundary(headers);
        }
        if (spec.settings().sendUserAgent() && !Headers.containsEnabled(headers, "User-Agent")) {
            headers.add(Header.of("User-Agent", Version.userAgent()));
        }
        return new PreparedRequest(spec.method().strip(), uri, headers, BodyEncoder.encode(spec.body(), boundary));
    }

    /** The header an auth scheme adds, if any. */
    public static Optional<Header> authHeader(Auth auth) {
        if (auth instanceof Auth.Bearer bearer) {
            return Optional.of(Header.of("Authorization", "Bearer " + bearer.token()));
        }
        if (auth instanceof Auth.Basic basic) {
            String pair = basic.username() + ":" + basic.password();
            return Optional.of(Header.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        if (auth instanceof Auth.ApiKey key && key.location() == Auth.ApiKey.Location.HEADER) {
            return Optional.of(Header.of(key.name(), key.value()));
        }
        return Optional.empty();
    }

    /** The URL with an API key appended to its query when the auth sends it there. */
    public static String withApiKeyQuery(String url, Auth auth) {
        if (!(auth instanceof Auth.ApiKey key) || key.location() != Auth.ApiKey.Location.QUERY) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + querySeparator(base) + encodeQueryComponent(key.name()) + "="
                + encodeQueryComponent(key.value()) + fragment;
    }

    /** What joins one more parameter to the query of a URL without fragment: "?", "&amp;" or nothing. */
    public static String querySeparator(String urlWithoutFragment) {
        if (!urlWithoutFragment.contains("?")) {
            return "?";
        }
        return urlWithoutFragment.endsWith("?") || urlWithoutFragment.endsWith("&") ? "" : "&";
    }

    /** Percent-encodes a query name or value (RFC 3986: space as %20). */
    public static String encodeQueryComponent(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The boundary of a multipart body: the one in the user's Content-Type if given, else a new one that is
     * added to (or becomes) the Content-Type header.
     */
    private static String multipartBoundary(List<Header> headers) {
        for (int i = 0; i < headers.size(); i++) {
            Header h = headers.get(i);
            if (h.hasName("Content-Type")) {
                Matcher m = BOUNDARY.matcher(h.value());
                if (m.find()) {
                    return m.group(1);
                }
                if (h.value().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    String boundary = BodyEncoder.newBoundary();
                    headers.set(i, Header.of(h.name(), h.value() + "; boundary=" + boundary));
                    return boundary;
                }
                return BodyEncoder.newBoundary(); // the user chose another type on purpose: keep it
            }
        }
        String boundary = BodyEncoder.newBoundary();
        headers.add(Header.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        return boundary;
    }
}
