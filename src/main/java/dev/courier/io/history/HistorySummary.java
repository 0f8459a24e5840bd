package dev.courier.io.history;

import java.time.Instant;

/**
 * One line of the history list.
 *
 * @param status  the HTTP status, 0 when no response came ({@code failure} then says why)
 * @param size    response body bytes (decoded)
 */
public record HistorySummary(long id, Instant sentAt, String method, String url, int status, String failure,
                             long timeMillis, long size) {
}
