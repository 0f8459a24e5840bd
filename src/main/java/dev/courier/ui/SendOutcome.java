package dev.courier.ui;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What one send led to (for the history): the request as sent, its exchange or the reason none came, and the
 * secret variable values it carried (the history masks them). Handed to {@link RequestViewModel}'s send listener
 * off the UI thread while the exchange's body can still be read.
 */
public record SendOutcome(Instant sentAt, RequestSpec request, Optional<Exchange> exchange, String failure,
                          Duration elapsed, Set<String> secretValues) {
}
