package dev.courier.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One completed request/response exchange.
 *
 * @param request         what was sent
 * @param status          status code, e.g. 200
 * @param reason          standard reason phrase for the status (the JDK client does not expose the server's)
 * @param httpVersion     "HTTP/1.1" or "HTTP/2"
 * @param headers         response headers, in the order the client reports them
 * @param body            body bytes after content decoding (gzip, deflate); do not mutate
 * @param wireSize        body bytes as received, before decoding
 * @param timeToFirstByte from send until the response headers arrived
 * @param total           from send until the last body byte arrived
 * @param finalUri        the URI that answered, after redirects
 * @param decodingNote    why the body could not be decoded, when it could not
 */
public record Exchange(SentRequest request, int status, String reason, String httpVersion, List<Header> headers,
                       byte[] body, long wireSize, Duration timeToFirstByte, Duration total,
                       java.net.URI finalUri, Optional<String> decodingNote) {

    public Exchange {
        headers = List.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Headers.firstValue(headers, name);
    }

    public String statusLine() {
        return httpVersion + " " + status + (reason.isEmpty() ? "" : " " + reason);
    }
}
