package dev.courier.core.model;

import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import dev.courier.core.url.QueryParams;
import java.util.List;
import java.util.Objects;

/**
 * A request as composed: method, URL text as typed, headers (enabled or not), body, auth, settings, and the URL's
 * tables. Immutable; the form is frozen into one of these before anything is sent.
 *
 * <p>The URL text is what is sent (its query included). {@code queryParams} is the query table: the URL's
 * parameters plus what the URL cannot hold, disabled rows and descriptions. It is always kept in step with the URL
 * ({@link QueryParams#fromUrl}), so the URL wins where the two differ. {@code pathVariables} are the values of the
 * URL's {@code :name} segments, substituted when the request is prepared. {@code variables} are the request's own
 * {@code {{name}}} values, which shadow those of its folders, collection, environment and the global ones.
 */
public record RequestSpec(String method, String url, List<Header> headers, Body body, Auth auth,
                          RequestSettings settings, List<QueryParam> queryParams, List<PathVariable> pathVariables,
                          List<Variable> variables) {

    public RequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(settings, "settings");
        queryParams = List.copyOf(QueryParams.fromUrl(url, queryParams));
        pathVariables = List.copyOf(pathVariables);
        variables = List.copyOf(variables);
    }

    /** A request without variables of its own. */
    public RequestSpec(String method, String url, List<Header> headers, Body body, Auth auth,
                       RequestSettings settings, List<QueryParam> queryParams, List<PathVariable> pathVariables) {
        this(method, url, headers, body, auth, settings, queryParams, pathVariables, List.of());
    }

    /** A request whose query table is just the URL's parameters, without path variables. */
    public RequestSpec(String method, String url, List<Header> headers, Body body, Auth auth,
                       RequestSettings settings) {
        this(method, url, headers, body, auth, settings, List.of(), List.of(), List.of());
    }

    public static RequestSpec of(String method, String url, List<Header> headers, Body body) {
        return new RequestSpec(method, url, headers, body, Auth.NONE, RequestSettings.DEFAULTS);
    }

    /** The headers that will be sent, in order. */
    public List<Header> enabledHeaders() {
        return headers.stream().filter(Header::enabled).toList();
    }

    public RequestSpec withMethod(String newMethod) {
        return new RequestSpec(newMethod, url, headers, body, auth, settings, queryParams, pathVariables, variables);
    }

    public RequestSpec withSettings(RequestSettings newSettings) {
        return new RequestSpec(method, url, headers, body, auth, newSettings, queryParams, pathVariables, variables);
    }

    public RequestSpec withAuth(Auth newAuth) {
        return new RequestSpec(method, url, headers, body, newAuth, settings, queryParams, pathVariables, variables);
    }

    public RequestSpec withBody(Body newBody) {
        return new RequestSpec(method, url, headers, newBody, auth, settings, queryParams, pathVariables, variables);
    }

    public RequestSpec withHeaders(List<Header> newHeaders) {
        return new RequestSpec(method, url, newHeaders, body, auth, settings, queryParams, pathVariables, variables);
    }

    /** The same request with other URL text; the query table follows it, keeping disabled rows and descriptions. */
    public RequestSpec withUrl(String newUrl) {
        return new RequestSpec(method, newUrl, headers, body, auth, settings, queryParams, pathVariables, variables);
    }

    /** The same request with another query table; the URL's query is rebuilt from its enabled rows. */
    public RequestSpec withQueryParams(List<QueryParam> rows) {
        return new RequestSpec(method, QueryParams.toUrl(url, rows), headers, body, auth, settings, rows,
                pathVariables, variables);
    }

    public RequestSpec withPathVariables(List<PathVariable> values) {
        return new RequestSpec(method, url, headers, body, auth, settings, queryParams, values, variables);
    }

    public RequestSpec withVariables(List<Variable> values) {
        return new RequestSpec(method, url, headers, body, auth, settings, queryParams, pathVariables, values);
    }
}
