package dev.courier.io.history;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One sent request to record: the request as composed (variables resolved), and either the exchange or the reason
 * no response came.
 *
 * @param secretValues the values of secret variables resolved into the request
 *                     ({@code Resolution.secretValues()}); masked wherever they appear unless history keeps secrets
 */
public record HistoryRecord(Instant sentAt, RequestSpec request, Optional<Exchange> exchange, String failure,
                            Duration elapsed, Set<String> secretValues) {

    public HistoryRecord {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(elapsed, "elapsed");
        secretValues = Set.copyOf(secretValues);
    }

    /** A record without secret variable values. */
    public HistoryRecord(Instant sentAt, RequestSpec request, Optional<Exchange> exchange, String failure,
                         Duration elapsed) {
        this(sentAt, request, exchange, failure, elapsed, Set.of());
    }

    /** A request that got a response. */
    public static HistoryRecord of(Instant sentAt, RequestSpec request, Exchange exchange) {
        return new HistoryRecord(sentAt, request, Optional.of(exchange), "", exchange.total());
    }

    /** A request that got no response, with the reason shown to the user. */
    public static HistoryRecord failed(Instant sentAt, RequestSpec request, String reason, Duration elapsed) {
        return new HistoryRecord(sentAt, request, Optional.empty(), reason, elapsed);
    }

    /** The same record, masking these secret values too. */
    public HistoryRecord withSecretValues(Set<String> values) {
        return new HistoryRecord(sentAt, request, exchange, failure, elapsed, values);
    }
}
