package dev.courier.core.url;

import java.util.Objects;

/**
 * The value of a {@code :name} path segment, as in {@code /users/:id}. The value is text as a person reads it; it is
 * percent-encoded as a path segment when the request is prepared.
 *
 * @param name        the segment's name without ':'
 * @param value       what replaces {@code :name}
 * @param description a note for people; never sent
 */
public record PathVariable(String name, String value, String description) {

    public PathVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
    }

    public static PathVariable of(String name, String value) {
        return new PathVariable(name, value, "");
    }

    public PathVariable withValue(String newValue) {
        return new PathVariable(name, newValue, description);
    }

    public PathVariable withDescription(String note) {
        return new PathVariable(name, value, note);
    }
}
