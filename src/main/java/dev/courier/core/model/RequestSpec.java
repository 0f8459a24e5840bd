package dev.courier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A request as composed: method, URL text as typed, headers (enabled or not), body, auth and settings.
 * Immutable; the form is frozen into one of these before anything is sent.
 */
public record RequestSpec(String method, String url, List<Header> headers, Body body, Auth auth,
                          RequestSettings settings) {

    public RequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(settings, "settings");
    }

    public static RequestSpec of(String method, String url, List<Header> headers, Body body) {
        return new RequestSpec(method, url, headers, body, Auth.NONE, RequestSettings.DEFAULTS);
    }

    /** The headers that will be sent, in order. */
    public List<Header> enabledHeaders() {
        return headers.stream().filter(Header::enabled).toList();
    }

    public RequestSpec withSettings(RequestSettings newSettings) {
        return new RequestSpec(method, url, headers, body, auth, newSettings);
    }

    public RequestSpec withAuth(Auth newAuth) {
        return new RequestSpec(method, url, headers, body, newAuth, settings);
    }

    public RequestSpec withBody(Body newBody) {
        return new RequestSpec(method, url, headers, newBody, auth, settings);
    }

    public RequestSpec withHeaders(List<Header> newHeaders) {
        return new RequestSpec(method, url, newHeaders, body, auth, settings);
    }
}
