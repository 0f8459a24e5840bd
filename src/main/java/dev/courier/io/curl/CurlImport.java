package dev.courier.io.curl;

import dev.courier.core.model.RequestSpec;
import java.util.List;
import java.util.Objects;

/**
 * A curl command turned into a request.
 *
 * @param request  the request Courier sends, as close to what curl sends as Courier can express
 * @param warnings each thing that was not imported or will be sent differently, one sentence each, in the order
 *                 they were found, without repeats
 */
public record CurlImport(RequestSpec request, List<String> warnings) {

    public CurlImport {
        Objects.requireNonNull(request, "request");
        warnings = List.copyOf(warnings);
    }
}
