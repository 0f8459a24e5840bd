package dev.courier.io.history;

import dev.courier.core.model.Body;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.SentRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Requests and exchanges for history tests and the history benchmark. */
public final class HistoryFixtures {

    private HistoryFixtures() {
    }

    /** A recorded exchange of {@code spec} answered with {@code status} and {@code body}. */
    public static HistoryRecord exchange(Instant at, RequestSpec spec, int status, String body) {
        return exchange(at, spec, status, body.getBytes(StandardCharsets.UTF_8));
    }

    public static HistoryRecord exchange(Instant at, RequestSpec spec, int status, byte[] body) {
        SentRequest sent = new SentRequest(spec.method(), URI.create(spec.url()), "HTTP/1.1",
                spec.enabledHeaders(), EncodedBody.EMPTY);
        Exchange exchange = new Exchange(sent, status, "", "HTTP/1.1",
                List.of(Header.of("content-type", "application/json"), Header.of("set-cookie", "sid=abc123")),
                InMemoryBody.copyOf(body), body.length, true, Duration.ofMillis(3), Duration.ofMillis(12),
                URI.create(spec.url()), List.of(), List.of());
        return HistoryRecord.of(at, spec, exchange);
    }

    public static RequestSpec get(String url) {
        return RequestSpec.of("GET", url, List.of(Header.of("Accept", "application/json")), Body.NONE);
    }

    public static RequestSpec post(String url, String json) {
        return RequestSpec.of("POST", url, List.of(Header.of("Content-Type", "application/json")),
                new Body.Text(json, Body.TextType.JSON));
    }
}
