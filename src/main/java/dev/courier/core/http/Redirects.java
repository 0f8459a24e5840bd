package dev.courier.core.http;

import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Header;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules for following a redirect: which responses, where to, and with which method, headers and body. */
final class Redirects {

    /** What to do with a response, decided as soon as its headers arrive. */
    enum Decision {
        /** Not a redirect to follow: this response is the final one. */
        FINAL,
        FOLLOW,
        /** A redirect from https to http, not followed: this response is the final one. */
        REFUSED_DOWNGRADE,
        /** One redirect more than the policy allows. */
        TOO_MANY
    }

    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);
    /** Headers that describe a body; they go when the body goes (as in the Fetch standard). */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "content-language", "content-location");
    /** Credentials the user typed are for the origin they typed them for (as curl and browsers do). */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie");
    private static final String UNSAFE = "\"<>\\^`{|} ";

    private Redirects() {
    }

    /**
     * Decides what to do with a response to a request for {@code uri}.
     *
     * @param follow       whether the request's settings follow redirects at all
     * @param redirectsSoFar how many redirects this exchange has followed already
     */
    static Decision decide(boolean follow, RedirectPolicy policy, int redirectsSoFar, URI uri, int status,
                           Optional<URI> location) {
        if (!follow || !isFollowable(status) || location.isEmpty()) {
            return Decision.FINAL;
        }
        if (isDowngrade(uri, location.get()) && !policy.allowHttpsToHttp()) {
            return Decision.REFUSED_DOWNGRADE;
        }
        return redirectsSoFar >= policy.maxRedirects() ? Decision.TOO_MANY : Decision.FOLLOW;
    }

    /** Whether a response with this status is a redirect Courier follows. */
    static boolean isFollowable(int status) {
        return FOLLOWED.contains(status);
    }

    /**
     * The Location resolved against the request URI, leniently: characters a URI may not hold (spaces, non-ASCII)
     * are percent-encoded, the fragment dropped. Empty when there is none, or it is not an http(s) URL.
     */
    static Optional<URI> location(URI requestUri, Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        try {
            URI reference = new URI(encodeUnsafe(header.get().strip()));
            URI base = requestUri.getRawPath() == null || requestUri.getRawPath().isEmpty()
                    ? requestUri.resolve("/") : requestUri;
            URI resolved;
            if (reference.getScheme() == null && reference.getRawAuthority() == null
                    && reference.getRawPath().isEmpty() && reference.getRawQuery() != null) {
                // RFC 3986: "?q" keeps the base path (java.net.URI follows the older RFC 2396 here)
                resolved = new URI(withoutQuery(base.toString()) + "?" + reference.getRawQuery());
            } else {
                resolved = base.resolve(reference);
            }
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) {
                return Optional.empty();
            }
            String text = resolved.toString();
            int hash = text.indexOf('#');
            return Optional.of(hash < 0 ? resolved : new URI(text.substring(0, hash)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether following would leave https for plain http. */
    static boolean isDowngrade(URI from, URI to) {
        return "https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(to.getScheme());
    }

    /**
     * The request for the next hop. 301, 302 and 303 become GET without a body (HEAD stays HEAD); 307 and 308 keep
     * method and body. Body headers go with the body; Authorization and Cookie stay with their origin; a typed
     * Host header stays with its authority.
     */
    static PreparedRequest next(PreparedRequest current, int status, URI target) {
        boolean toGet = (status == 301 || status == 302 || status == 303)
                && !current.method().equalsIgnoreCase("HEAD");
        boolean sameOrigin = origin(current.uri()).equals(origin(target));
        boolean sameAuthority = current.uri().getRawAuthority().equalsIgnoreCase(target.getRawAuthority());
        List<Header> headers = current.headers().stream().filter(h -> {
            String name = h.name().toLowerCase(Locale.ROOT);
            return !(toGet && BODY_HEADERS.contains(name))
                    && !(!sameOrigin && CREDENTIAL_HEADERS.contains(name))
                    && !(!sameAuthority && name.equals("host"));
        }).toList();
        return new PreparedRequest(toGet ? "GET" : current.method(), target, headers,
                toGet ? EncodedBody.EMPTY : current.body());
    }

    /** "Stopped after 10 redirects: …", naming the loop when the chain went round in one. */
    static String tooMany(int max, List<URI> visited, URI next) {
        int first = visited.lastIndexOf(next);
        String detail;
        if (first >= 0) {
            StringBuilder loop = new StringBuilder();
            for (URI uri : visited.subList(first, visited.size())) {
                loop.append(uri).append(" → ");
            }
            detail = "a redirect loop (" + loop.append(next) + ")";
        } else {
            detail = "the next one would go to " + next;
        }
        return "Stopped after " + max + " redirect" + (max == 1 ? "" : "s") + ": " + detail;
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String withoutQuery(String uri) {
        int question = uri.indexOf('?');
        return question < 0 ? uri : uri.substring(0, question);
    }

    private static String encodeUnsafe(String location) {
        StringBuilder out = new StringBuilder(location.length());
        for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x20 || c >= 0x7F || UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
