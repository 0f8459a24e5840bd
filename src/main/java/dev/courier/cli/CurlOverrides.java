package dev.courier.cli;

import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.RequestSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code send --curl}: the other request options applied on top of the imported request. {@code --url} and
 * {@code -X} replace; each {@code -H} replaces the imported headers of that name (several {@code -H} of one name
 * are all sent); {@code -d} replaces the body (an imported GET becomes POST, as in curl, and a JSON body gets
 * {@code Content-Type: application/json} when no header names a type); {@code -m} replaces the time limit.
 */
final class CurlOverrides {

    private CurlOverrides() {
    }

    /**
     * The imported request changed by the options given next to {@code --curl}.
     *
     * @param method  the {@code -X} value, or null to keep the imported method
     * @param url     the {@code --url} value, or null to keep the imported URL
     * @param body    the {@code -d} body, or null to keep the imported body
     * @param timeout the {@code -m} limit, or null to keep the imported one
     */
    static RequestSpec apply(RequestSpec imported, String method, String url, List<Header> headers, String body,
                             Duration timeout) {
        List<Header> merged = new ArrayList<>(imported.headers());
        for (Header header : headers) {
            merged.removeIf(h -> h.hasName(header.name()));
        }
        merged.addAll(headers);
        String verb = method != null ? method : body != null && imported.method().equals("GET") ? "POST"
                : imported.method();
        Body newBody = imported.body();
        if (body != null) {
            newBody = Body.ofText(body);
            if (!body.isBlank() && !Headers.containsEnabled(merged, "Content-Type")
                    && JsonValidator.check(body, false).isValid()) {
                merged.add(Header.of("Content-Type", "application/json"));
            }
        }
        return new RequestSpec(verb, url != null ? url : imported.url(), merged, newBody, imported.auth(),
                timeout != null ? imported.settings().withTotalTimeout(timeout) : imported.settings());
    }
}
