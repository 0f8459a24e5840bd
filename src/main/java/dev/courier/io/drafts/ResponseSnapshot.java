package dev.courier.io.drafts;

import dev.courier.core.model.Header;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A tab's last response, as the response pane shows it. Bodies above the journal's inline limit are stored by
 * reference (a file named by the body's SHA-256), so journaling stays cheap while typing.
 *
 * @param status 0 when the request failed ({@code failure} says why)
 */
public record ResponseSnapshot(int status, String reason, String failure, long timeMillis, long size,
                               List<Header> headers, byte[] body) {

    public ResponseSnapshot {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failure, "failure");
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseSnapshot r && status == r.status && reason.equals(r.reason)
                && failure.equals(r.failure) && timeMillis == r.timeMillis && size == r.size
                && headers.equals(r.headers) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, failure, timeMillis, size, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "ResponseSnapshot[" + status + " " + reason + failure + ", " + body.length + " bytes]";
    }
}
