package dev.courier.core.vars;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import java.util.List;
import java.util.Optional;

/** What belongs to no collection: the global variables and the global environments. */
public record Globals(List<Variable> variables, List<Environment> environments) {

    /** No global variables or environments. */
    public static final Globals EMPTY = new Globals(List.of(), List.of());

    public Globals {
        variables = List.copyOf(variables);
        environments = List.copyOf(environments);
    }

    /** The global environment of this name. */
    public Optional<Environment> environment(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Globals withVariables(List<Variable> newVariables) {
        return new Globals(newVariables, environments);
    }

    public Globals withEnvironments(List<Environment> newEnvironments) {
        return new Globals(variables, newEnvironments);
    }
}
