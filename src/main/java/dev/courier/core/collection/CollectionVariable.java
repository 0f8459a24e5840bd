package dev.courier.core.collection;

import java.util.Objects;

/**
 * A {@code {{name}}} variable of a collection. A secret variable's value is never written to the collection file
 * (it is written empty, with {@code "secret": true}); the value lives in the user's secret store.
 */
public record CollectionVariable(String name, String value, boolean enabled, boolean secret) {

    public CollectionVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static CollectionVariable of(String name, String value) {
        return new CollectionVariable(name, value, true, false);
    }

    public CollectionVariable withValue(String newValue) {
        return new CollectionVariable(name, newValue, enabled, secret);
    }
}
