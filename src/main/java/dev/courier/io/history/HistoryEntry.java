package dev.courier.io.history;

import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import java.util.Optional;

/**
 * A whole history entry, to open in a tab: the request (secrets masked unless the setting kept them), the headers
 * that went out, and the response's headers and body.
 *
 * @param sentUri   the URI that was requested, after auth and encoding
 * @param body      the response body when it was kept; empty when there was none, or it was over the size limit
 * @param bodyState how the body was kept
 */
public record HistoryEntry(HistorySummary summary, RequestSpec request, String sentUri, List<Header> sentHeaders,
                           List<Header> responseHeaders, Optional<byte[]> body, BodyState bodyState) {

    /** How a response body was kept. */
    public enum BodyState {
        /** No body came. */
        NONE,
        /** Kept in the history database (and searchable). */
        INLINE,
        /** Kept as a file beside the database (larger than the inline limit). */
        FILE,
        /** Larger than the file limit; only its size was recorded. */
        DROPPED
    }

    public HistoryEntry {
        sentHeaders = List.copyOf(sentHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }
}
