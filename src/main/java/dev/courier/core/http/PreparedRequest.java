package dev.courier.core.http;

import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Header;
import java.net.URI;
import java.util.List;

/**
 * A request ready for the wire: the URI (with an API key in the query when auth puts it there), the final headers
 * (auth, multipart boundary, User-Agent added) and the encoded body.
 */
public record PreparedRequest(String method, URI uri, List<Header> headers, EncodedBody body) {

    public PreparedRequest {
        headers = List.copyOf(headers);
    }
}
