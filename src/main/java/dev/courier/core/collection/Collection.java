package dev.courier.core.collection;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection of requests: its tree of folders and requests in the order shown, defaults inherited by everything
 * inside, its variables and its environments. Immutable; {@link CollectionTree} derives edited copies.
 */
public record Collection(String name, String description, Defaults defaults, List<Variable> variables,
                         List<Node> items, List<Environment> environments) {

    public Collection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaults, "defaults");
        variables = List.copyOf(variables);
        items = List.copyOf(items);
        environments = List.copyOf(environments);
    }

    /** A collection without environments. */
    public Collection(String name, String description, Defaults defaults, List<Variable> variables,
                      List<Node> items) {
        this(name, description, defaults, variables, items, List.of());
    }

    /** An empty collection. */
    public static Collection named(String name) {
        return new Collection(name, "", Defaults.NONE, List.of(), List.of());
    }

    /** The collection's environment of this name. */
    public Optional<Environment> environment(String environmentName) {
        return environments.stream().filter(e -> e.name().equals(environmentName)).findFirst();
    }

    public Collection withName(String newName) {
        return new Collection(newName, description, defaults, variables, items, environments);
    }

    public Collection withDescription(String newDescription) {
        return new Collection(name, newDescription, defaults, variables, items, environments);
    }

    public Collection withDefaults(Defaults newDefaults) {
        return new Collection(name, description, newDefaults, variables, items, environments);
    }

    public Collection withVariables(List<Variable> newVariables) {
        return new Collection(name, description, defaults, newVariables, items, environments);
    }

    public Collection withItems(List<Node> newItems) {
        return new Collection(name, description, defaults, variables, newItems, environments);
    }

    public Collection withEnvironments(List<Environment> newEnvironments) {
        return new Collection(name, description, defaults, variables, items, newEnvironments);
    }
}
