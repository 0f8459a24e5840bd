package dev.courier.ui.workspace;

import dev.courier.core.Units;
import dev.courier.core.http.ReasonPhrases;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Hop;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.SentRequest;
import dev.courier.io.drafts.ResponseSnapshot;
import dev.courier.io.history.HistoryEntry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Responses that outlive the exchange that brought them: a tab's last response as the drafts journal keeps it, and
 * the exchange rebuilt from such a snapshot or from a history entry, for the response pane to show again.
 */
public final class ShownResponses {

    /** Bodies up to this size are journaled with the tab; larger ones only by their size (a note says so). */
    public static final int KEPT_BODY_LIMIT = 4 << 20;

    private ShownResponses() {
    }

    /** The snapshot of a response; reads the body, so call it off the UI thread. */
    public static ResponseSnapshot snapshot(Exchange exchange) throws IOException {
        long size = exchange.body().size();
        byte[] body = size <= KEPT_BODY_LIMIT ? exchange.body().readAllBytes() : new byte[0];
        return new ResponseSnapshot(exchange.status(), exchange.reason(), "", exchange.total().toMillis(), size,
                exchange.headers(), body);
    }

    /** The snapshot of a send that got no response. */
    public static ResponseSnapshot failure(String reason, long elapsedMillis) {
        return new ResponseSnapshot(0, "", reason, elapsedMillis, 0, List.of(), new byte[0]);
    }

    /** The exchange a snapshot stands for, sent by {@code request}. */
    public static Exchange exchange(ResponseSnapshot snapshot, RequestSpec request) {
        byte[] body = snapshot.body();
        List<String> notes = body.length < snapshot.size()
                ? List.of("The body (" + Units.bytes(snapshot.size()) + ") was too large to keep when Courier closed")
                : List.of();
        return rebuild(request, snapshot.status(), snapshot.reason(), snapshot.headers(), body,
                Duration.ofMillis(snapshot.timeMillis()), notes);
    }

    /** The exchange a history entry records. */
    public static Exchange exchange(HistoryEntry entry) {
        byte[] body = entry.body().orElse(new byte[0]);
        List<String> notes = entry.bodyState() == HistoryEntry.BodyState.DROPPED
                || entry.bodyState() == HistoryEntry.BodyState.FILE && entry.body().isEmpty()
                ? List.of("The body (" + Units.bytes(entry.summary().size()) + ") was not kept in the history")
                : List.of();
        int status = entry.summary().status();
        return rebuild(entry.request(), status, ReasonPhrases.of(status), entry.responseHeaders(), body,
                Duration.ofMillis(entry.summary().timeMillis()), notes);
    }

    private static Exchange rebuild(RequestSpec request, int status, String reason, List<Header> headers,
                                    byte[] body, Duration total, List<String> notes) {
        URI uri = uri(request.url());
        SentRequest sent = new SentRequest(request.method(), uri, "HTTP/1.1", List.of(), EncodedBody.EMPTY);
        Hop hop = new Hop(sent, status, reason, "HTTP/1.1", headers, Optional.empty(), Duration.ZERO, total);
        return new Exchange(sent, status, reason, "HTTP/1.1", headers, InMemoryBody.copyOf(body), body.length,
                true, total, total, uri, List.of(hop), notes);
    }

    private static URI uri(String url) {
        try {
            return URI.create(url.contains("://") ? url : "http://" + url);
        } catch (IllegalArgumentException e) {
            return URI.create("http://invalid/"); // only shown as where the response came from
        }
    }
}
