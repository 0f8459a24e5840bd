package dev.courier.core.model;

import java.net.URI;
import java.util.List;

/**
 * The request as it went out: request line, every header including those the HTTP client added
 * (Host, Content-Length, User-Agent), and the body as encoded on the wire.
 */
public record SentRequest(String method, URI uri, String httpVersion, List<Header> headers, EncodedBody body) {

    public SentRequest {
        headers = List.copyOf(headers);
    }
}
