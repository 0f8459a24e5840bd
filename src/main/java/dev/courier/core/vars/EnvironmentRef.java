package dev.courier.core.vars;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import java.util.Objects;
import java.util.Optional;

/** Which environment is active: one of the open collection's, or a global one, by name. */
public record EnvironmentRef(Source source, String name) {

    /** Where the environment is kept. */
    public enum Source { COLLECTION, GLOBAL }

    public EnvironmentRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
    }

    public static EnvironmentRef collection(String name) {
        return new EnvironmentRef(Source.COLLECTION, name);
    }

    public static EnvironmentRef global(String name) {
        return new EnvironmentRef(Source.GLOBAL, name);
    }

    /** The environment this names; empty when it no longer exists (or names a collection's and there is none). */
    public Optional<Environment> find(Collection collection, Globals globals) {
        if (source == Source.GLOBAL) {
            return globals.environment(name);
        }
        return collection == null ? Optional.empty() : collection.environment(name);
    }

    /**
     * The environment called {@code name}, looked for in the collection first and then among the global ones (as
     * {@code courier run --env} does); {@code collection} may be null.
     */
    public static Optional<EnvironmentRef> byName(String name, Collection collection, Globals globals) {
        if (collection != null && collection.environment(name).isPresent()) {
            return Optional.of(collection(name));
        }
        return globals.environment(name).map(e -> global(name));
    }
}
