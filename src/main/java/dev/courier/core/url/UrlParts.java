package dev.courier.core.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * URL text as typed, split into what comes before the query, the query's parameters and the fragment. Nothing is
 * normalised: {@code UrlParts.parse(url).toUrl()} is {@code url} for every text.
 *
 * @param base     everything before the first '?' (scheme, authority, path), as typed
 * @param params   the query's parameters in order; a URL ending in '?' has one empty parameter, a URL without '?'
 *                 has none
 * @param fragment the fragment including its '#', or empty
 */
public record UrlParts(String base, List<QueryParam> params, String fragment) {

    public UrlParts {
        Objects.requireNonNull(base, "base");
        params = List.copyOf(params);
        Objects.requireNonNull(fragment, "fragment");
    }

    /** Splits URL text; never fails. */
    public static UrlParts parse(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = beforeFragment.indexOf('?');
        if (question < 0) {
            return new UrlParts(beforeFragment, List.of(), fragment);
        }
        List<QueryParam> params = new ArrayList<>();
        String query = beforeFragment.substring(question + 1);
        int start = 0;
        while (true) {
            int amp = query.indexOf('&', start);
            params.add(QueryParam.parsed(amp < 0 ? query.substring(start) : query.substring(start, amp)));
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return new UrlParts(beforeFragment.substring(0, question), params, fragment);
    }

    /** The URL text: base, '?' and the enabled parameters joined by '&amp;' (no '?' when none), fragment. */
    public String toUrl() {
        List<String> sent = params.stream().filter(QueryParam::enabled).map(QueryParam::text).toList();
        return base + (sent.isEmpty() ? "" : "?" + String.join("&", sent)) + fragment;
    }

    /** The same URL with other parameters. */
    public UrlParts withParams(List<QueryParam> newParams) {
        return new UrlParts(base, newParams, fragment);
    }

    /** The names of the {@code :name} path segments, in order, each once. */
    public List<String> pathVariableNames() {
        return PathVariables.names(base);
    }
}
