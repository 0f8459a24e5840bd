package dev.courier.core.model;

import java.net.URI;
import java.util.List;

/**
 * The request as it went out: request line, every header including those the HTTP client added
 * (Host, Content-Length, User-Agent), and the body bytes.
 */
public record SentRequest(String method, URI uri, String httpVersion, List<Header> headers, byte[] body) {

    public SentRequest {
        headers = List.copyOf(headers);
    }
}
