package dev.courier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A named set of variables (e.g. "Staging") that can be made active; it belongs to a collection (saved in its file)
 * or is global (saved in the data directory).
 */
public record Environment(String name, List<Variable> variables) {

    public Environment {
        Objects.requireNonNull(name, "name");
        variables = List.copyOf(variables);
    }

    /** An environment without variables. */
    public static Environment named(String name) {
        return new Environment(name, List.of());
    }

    public Environment withName(String newName) {
        return new Environment(newName, variables);
    }

    public Environment withVariables(List<Variable> newVariables) {
        return new Environment(name, newVariables);
    }
}
