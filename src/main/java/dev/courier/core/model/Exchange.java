package dev.courier.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One completed exchange: what was sent, every redirect hop, and the final response with its body. The body may
 * live in a temporary file: release it with {@code body().close()} when it is no longer shown.
 *
 * @param request         the request as first sent (before any redirect); each hop's request is in {@link #hops}
 * @param status          final status code, e.g. 200
 * @param reason          standard reason phrase for the status (the JDK client does not expose the server's)
 * @param httpVersion     "HTTP/1.1" or "HTTP/2" of the final response
 * @param headers         final response headers, in the order the client reports them
 * @param body            the final body after content decoding (gzip, deflate, br); {@code body().size()} is the
 *                        decoded size
 * @param wireSize        body bytes as received, before decoding
 * @param complete        false when the connection broke before the body was complete; {@code body} then holds
 *                        what arrived and {@code notes} say what happened
 * @param timeToFirstByte from the first send until the final response headers arrived
 * @param total           from the first send until the last body byte arrived
 * @param finalUri        the URI that answered, after redirects
 * @param hops            every request and response in order, the last being the final one (at least one)
 * @param notes           remarks for the user: a body shown as received because it could not be decoded, a body cut
 *                        short, a redirect not followed
 */
public record Exchange(SentRequest request, int status, String reason, String httpVersion, List<Header> headers,
                       ResponseBody body, long wireSize, boolean complete, Duration timeToFirstByte, Duration total,
                       URI finalUri, List<Hop> hops, List<String> notes) {

    public Exchange {
        headers = List.copyOf(headers);
        hops = List.copyOf(hops);
        notes = List.copyOf(notes);
    }

    public Optional<String> header(String name) {
        return Headers.firstValue(headers, name);
    }

    public String statusLine() {
        return httpVersion + " " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    /** The request that got the final response: the first one, or the last redirect's. */
    public SentRequest finalRequest() {
        return hops.isEmpty() ? request : hops.get(hops.size() - 1).request();
    }

    /** How many redirects were followed. */
    public int redirectCount() {
        return Math.max(0, hops.size() - 1);
    }
}
