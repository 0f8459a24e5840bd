package dev.courier.ui;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one send led to (for the history): the request as sent, and its exchange or the reason none came. Handed to
 * {@link RequestViewModel}'s send listener off the UI thread while the exchange's body can still be read.
 */
public record SendOutcome(Instant sentAt, RequestSpec request, Optional<Exchange> exchange, String failure,
                          Duration elapsed) {
}
