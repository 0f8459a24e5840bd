package dev.courier.core.collection;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import java.util.List;
import java.util.Objects;

/**
 * What a collection or folder gives the requests inside it; see {@link EffectiveRequests} for how they combine.
 *
 * @param baseUrl prefix for relative request URLs; empty for none. A folder's relative base URL extends its
 *                parent's.
 * @param headers headers sent with every request inside, unless a deeper level has one of the same name
 * @param auth    auth for requests inside that have none of their own; {@link Auth#NONE} inherits the parent's
 *                (unless the folder says {@code inheritAuth: false})
 */
public record Defaults(String baseUrl, List<Header> headers, Auth auth) {

    public static final Defaults NONE = new Defaults("", List.of(), Auth.NONE);

    public Defaults {
        Objects.requireNonNull(baseUrl, "baseUrl");
        headers = List.copyOf(headers);
        Objects.requireNonNull(auth, "auth");
    }

    public Defaults withBaseUrl(String newBaseUrl) {
        return new Defaults(newBaseUrl, headers, auth);
    }

    public Defaults withHeaders(List<Header> newHeaders) {
        return new Defaults(baseUrl, newHeaders, auth);
    }

    public Defaults withAuth(Auth newAuth) {
        return new Defaults(baseUrl, headers, newAuth);
    }
}
