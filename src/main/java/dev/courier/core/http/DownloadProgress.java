package dev.courier.core.http;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far the download of a response body has come.
 *
 * @param receivedBytes  body bytes received on the wire so far (before content decoding)
 * @param decodedBytes   bytes after content decoding so far
 * @param expectedBytes  the Content-Length, when the server announced one
 * @param bytesPerSecond recent wire rate, smoothed
 * @param elapsed        since the response headers arrived
 * @param finished       true on the last report, once the body is complete
 */
public record DownloadProgress(long receivedBytes, long decodedBytes, OptionalLong expectedBytes,
                               double bytesPerSecond, Duration elapsed, boolean finished) {

    /** The fraction received, 0 to 1, when the total is known. */
    public OptionalDouble fraction() {
        if (expectedBytes.isEmpty() || expectedBytes.getAsLong() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, (double) receivedBytes / expectedBytes.getAsLong()));
    }
}
