package dev.courier.core.http;

import dev.courier.core.cookies.CookieJar;
import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connects a {@link CookieJar} to the JDK client, which asks it before every request and tells it every response,
 * redirect hops included. A {@code Cookie} header the user typed is sent as typed; jar cookies with other names are
 * added (the JDK writes them first, then the typed ones, in one {@code Cookie} line on HTTP/1.1).
 */
final class JarCookieHandler extends CookieHandler {

    private final CookieJar jar;
    private final boolean send;

    JarCookieHandler(CookieJar jar, boolean send) {
        this.jar = jar;
        this.send = send;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (!send) {
            return Map.of();
        }
        return jar.cookieHeader(uri, typedNames(requestHeaders)).map(h -> Map.of("Cookie", List.of(h)))
                .orElse(Map.of());
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        List<String> setCookies = new ArrayList<>();
        responseHeaders.forEach((name, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                setCookies.addAll(values);
            }
        });
        jar.store(uri, setCookies);
    }

    /** The names of the cookies in the request's own Cookie headers: those win over the jar's. */
    static Set<String> typedNames(Map<String, List<String>> requestHeaders) {
        Set<String> names = new HashSet<>();
        requestHeaders.forEach((name, values) -> {
            if ("Cookie".equalsIgnoreCase(name)) {
                for (String value : values) {
                    for (String pair : value.split(";")) {
                        int equals = pair.indexOf('=');
                        names.add((equals < 0 ? pair : pair.substring(0, equals)).strip());
                    }
                }
            }
        });
        return names;
    }
}
