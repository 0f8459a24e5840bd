package dev.courier.core.vars;

import dev.courier.core.collection.Folder;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of variables that a {@link VariableResolver} looks through, with the words that tell a person where a
 * value came from ("request", "folder Users", "collection", "environment Staging", "global", "command line").
 */
public record VariableScope(Kind kind, String label, List<Variable> variables) {

    /** The kinds of level, innermost first. */
    public enum Kind { OVERRIDE, REQUEST, FOLDER, COLLECTION, ENVIRONMENT, GLOBAL, DYNAMIC }

    public VariableScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        variables = List.copyOf(variables);
    }

    /** Values given for this one run (e.g. {@code courier run --var}); they win over every other level. */
    public static VariableScope overrides(List<Variable> variables) {
        return new VariableScope(Kind.OVERRIDE, "command line", variables);
    }

    /** A request's own variables. */
    public static VariableScope request(List<Variable> variables) {
        return new VariableScope(Kind.REQUEST, "request", variables);
    }

    /** A folder's variables. */
    public static VariableScope folder(Folder folder) {
        return new VariableScope(Kind.FOLDER, "folder " + folder.name(), folder.variables());
    }

    /** A collection's variables. */
    public static VariableScope collection(List<Variable> variables) {
        return new VariableScope(Kind.COLLECTION, "collection", variables);
    }

    /** The active environment's variables. */
    public static VariableScope environment(Environment environment) {
        return new VariableScope(Kind.ENVIRONMENT, "environment " + environment.name(), environment.variables());
    }

    /** The global variables. */
    public static VariableScope global(List<Variable> variables) {
        return new VariableScope(Kind.GLOBAL, "global", variables);
    }

    /** The first variable of this name that {@link Variable#counts() counts}, if any. */
    public Optional<Variable> find(String name) {
        return variables.stream().filter(v -> v.name().equals(name) && v.counts()).findFirst();
    }
}
