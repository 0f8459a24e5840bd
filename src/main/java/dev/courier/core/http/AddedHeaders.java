package dev.courier.core.http;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.proxy.ProxyPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The headers the engine adds to a prepared request for the proxy and from the cookie jar. */
final class AddedHeaders {

    private AddedHeaders() {
    }

    /** Adds {@code Proxy-Authorization} when the request goes through a proxy with credentials (unless typed). */
    static PreparedRequest withProxyAuthorization(PreparedRequest prepared, ProxyPlan plan) {
        Optional<String> authorization = plan.authorizationFor(prepared.uri());
        if (authorization.isEmpty() || Headers.containsEnabled(prepared.headers(), "Proxy-Authorization")) {
            return prepared;
        }
        List<Header> headers = new ArrayList<>(prepared.headers());
        headers.add(Header.of("Proxy-Authorization", authorization.get()));
        return new PreparedRequest(prepared.method(), prepared.uri(), headers, prepared.body());
    }

    /**
     * The request as the server receives it: the jar's cookies joined with a typed {@code Cookie} header as the JDK
     * client joins them (jar first), and without {@code Proxy-Authorization}, which only the proxy sees.
     */
    static PreparedRequest asServerSeesIt(PreparedRequest prepared, CookieJar jar) {
        List<Header> headers = new ArrayList<>(prepared.headers());
        headers.removeIf(h -> h.hasName("Proxy-Authorization"));
        if (jar != null) {
            Map<String, List<String>> typed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.stream().filter(h -> h.hasName("Cookie"))
                    .forEach(h -> typed.computeIfAbsent("Cookie", k -> new ArrayList<>()).add(h.value()));
            Optional<String> fromJar = jar.cookieHeader(prepared.uri(), JarCookieHandler.typedNames(typed));
            if (fromJar.isPresent()) {
                String joined = String.join("; ", typed.getOrDefault("Cookie", List.of()));
                headers.removeIf(h -> h.hasName("Cookie"));
                headers.add(Header.of("Cookie", fromJar.get() + (joined.isEmpty() ? "" : "; " + joined)));
            }
        }
        return new PreparedRequest(prepared.method(), prepared.uri(), headers, prepared.body());
    }
}
