package dev.courier.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One request and the response headers it got. An exchange that followed redirects has one hop per request sent,
 * in order; its last hop is the final response.
 *
 * @param request       what was sent on this hop
 * @param status        the response status, e.g. 301
 * @param reason        the standard reason phrase for the status
 * @param httpVersion   "HTTP/1.1" or "HTTP/2"
 * @param headers       the response headers
 * @param location      the response's Location resolved against the request URI, when it had a usable one
 * @param startedAt     from the start of the exchange until this hop's request was sent
 * @param timeToHeaders from this hop's request until its response headers arrived
 */
public record Hop(SentRequest request, int status, String reason, String httpVersion, List<Header> headers,
                  Optional<URI> location, Duration startedAt, Duration timeToHeaders) {

    public Hop {
        headers = List.copyOf(headers);
    }

    /** Whether this hop's response is a redirect (3xx with a Location). */
    public boolean isRedirect() {
        return status / 100 == 3 && location.isPresent();
    }
}
