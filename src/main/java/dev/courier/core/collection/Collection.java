package dev.courier.core.collection;

import java.util.List;
import java.util.Objects;

/**
 * A collection of requests: its tree of folders and requests in the order shown, defaults inherited by everything
 * inside, and variables. Immutable; {@link CollectionTree} derives edited copies.
 */
public record Collection(String name, String description, Defaults defaults, List<CollectionVariable> variables,
                         List<Node> items) {

    public Collection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaults, "defaults");
        variables = List.copyOf(variables);
        items = List.copyOf(items);
    }

    /** An empty collection. */
    public static Collection named(String name) {
        return new Collection(name, "", Defaults.NONE, List.of(), List.of());
    }

    public Collection withName(String newName) {
        return new Collection(newName, description, defaults, variables, items);
    }

    public Collection withDescription(String newDescription) {
        return new Collection(name, newDescription, defaults, variables, items);
    }

    public Collection withDefaults(Defaults newDefaults) {
        return new Collection(name, description, newDefaults, variables, items);
    }

    public Collection withVariables(List<CollectionVariable> newVariables) {
        return new Collection(name, description, defaults, newVariables, items);
    }

    public Collection withItems(List<Node> newItems) {
        return new Collection(name, description, defaults, variables, newItems);
    }
}
