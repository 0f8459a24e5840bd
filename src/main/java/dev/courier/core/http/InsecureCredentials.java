package dev.courier.core.http;

import dev.courier.core.model.Header;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Spots credentials about to cross a network in clear text: tokens belong on https. */
public final class InsecureCredentials {

    private InsecureCredentials() {
    }

    /**
     * A warning when enabled credential headers (Authorization, Cookie, API keys) would go over plain http to a
     * host that is not this machine; empty otherwise, and for URLs that cannot be sent anyway.
     */
    public static Optional<String> warning(String url, List<Header> headers) {
        Optional<Header> credential = headers.stream().filter(Header::enabled).filter(InsecureCredentials::carriesSecret)
                .findFirst();
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = RequestUris.parse(url);
        } catch (InvalidUrlException e) {
            return Optional.empty();
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || RequestUris.isLoopback(uri)) {
            return Optional.empty();
        }
        String what = credential.get().value().strip().toLowerCase(Locale.ROOT).startsWith("bearer ")
                ? "The bearer token" : "The " + credential.get().name().strip() + " header";
        return Optional.of(what + " would travel unencrypted over http:// to " + uri.getHost()
                + ". Tokens belong on https://.");
    }

    static boolean carriesSecret(Header header) {
        String name = header.name().strip().toLowerCase(Locale.ROOT);
        return name.equals("authorization") || name.equals("proxy-authorization") || name.equals("cookie")
                || name.contains("api-key") || name.contains("apikey") || name.contains("token")
                || name.contains("secret");
    }
}
