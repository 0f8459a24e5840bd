package dev.courier.core.http;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.QueryParam;
import dev.courier.core.url.UrlParts;
import dev.courier.core.vars.SecretValues;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Spots credentials about to cross a network in clear text: tokens belong on https. */
public final class InsecureCredentials {

    /** A warning to show before sending, for {@code host} (lower case), which the user may dismiss for that host. */
    public record Warning(String host, String message) {
    }

    private InsecureCredentials() {
    }

    /**
     * A warning when enabled credential headers (Authorization, Cookie, API keys) would go over plain http to a
     * host that is not this machine; empty otherwise, and for URLs that cannot be sent anyway.
     */
    public static Optional<String> warning(String url, List<Header> headers) {
        return check(RequestSpec.of("GET", url, headers, Body.NONE), Set.of(), false, Set.of()).map(Warning::message);
    }

    /**
     * A warning when the request, as it will be sent (variables resolved), carries credentials over plain http to
     * a host that is neither this machine nor one in {@code dismissedHosts}. Credentials are: an enabled
     * Authorization, Cookie or API-key-like header, the request's auth, a query parameter named like a key or
     * token, the value of a secret variable anywhere in what is sent ({@code secretValues}, as the resolver
     * reports them), and cookies from the jar ({@code jarCookies}: the jar holds cookies for this URL).
     */
    public static Optional<Warning> check(RequestSpec request, Set<String> secretValues, boolean jarCookies,
                                          Set<String> dismissedHosts) {
        Optional<String> what = credential(request, secretValues, jarCookies);
        if (what.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = RequestUris.parse(request.url());
        } catch (InvalidUrlException e) {
            return Optional.empty();
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || RequestUris.isLoopback(uri) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (dismissedHosts.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(new Warning(host, what.get() + " would travel unencrypted over http:// to " + host
                + ". Tokens belong on https://."));
    }

    /** What credential the request carries, as the start of a sentence; empty for none. */
    private static Optional<String> credential(RequestSpec request, Set<String> secretValues, boolean jarCookies) {
        Optional<Header> header = request.enabledHeaders().stream().filter(InsecureCredentials::carriesSecret)
                .findFirst();
        if (header.isPresent()) {
            return Optional.of(header.get().value().strip().toLowerCase(Locale.ROOT).startsWith("bearer ")
                    ? "The bearer token" : "The " + header.get().name().strip() + " header");
        }
        Auth auth = request.auth();
        if (auth instanceof Auth.Bearer) {
            return Optional.of("The bearer token");
        }
        if (auth instanceof Auth.Basic) {
            return Optional.of("The Basic auth password");
        }
        if (auth instanceof Auth.ApiKey) {
            return Optional.of("The API key");
        }
        for (QueryParam p : UrlParts.parse(request.url()).params()) {
            if (isCredentialName(p.displayName())) {
                return Optional.of("The query parameter " + p.displayName().strip());
            }
        }
        if (SecretValues.carried(request, secretValues)) {
            return Optional.of("A secret variable's value");
        }
        return jarCookies ? Optional.of("The cookies") : Optional.empty();
    }

    static boolean carriesSecret(Header header) {
        String name = header.name().strip().toLowerCase(Locale.ROOT);
        return name.equals("authorization") || name.equals("proxy-authorization") || name.equals("cookie")
                || isCredentialName(name);
    }

    private static boolean isCredentialName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return lower.contains("api-key") || lower.contains("apikey") || lower.contains("token")
                || lower.contains("secret") || lower.equals("key") || lower.contains("password");
    }
}
