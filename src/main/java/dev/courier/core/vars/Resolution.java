package dev.courier.core.vars;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What resolving variables gave: the result, the names that had no value in the order they first appear (they
 * stay in the result as typed), and the secret values that were put in (to mask them in history and logs, and to
 * warn before they travel over plain http).
 */
public record Resolution<T>(T value, List<String> unresolved, Set<String> secretValues) {

    public Resolution {
        Objects.requireNonNull(value, "value");
        unresolved = List.copyOf(unresolved);
        secretValues = Set.copyOf(secretValues);
    }

    /**
     * {@code value} as the result of this resolution and {@code other} together (e.g. a request resolved in two
     * parts): the unresolved names of both in order of first appearance, the secret values of both.
     */
    public <U> Resolution<U> with(Resolution<?> other, U value) {
        List<String> names = new ArrayList<>(unresolved);
        other.unresolved().stream().filter(name -> !names.contains(name)).forEach(names::add);
        Set<String> secrets = new HashSet<>(secretValues);
        secrets.addAll(other.secretValues());
        return new Resolution<>(value, names, secrets);
    }

    /** Whether every reference had a value. */
    public boolean complete() {
        return unresolved.isEmpty();
    }

    /** E.g. {@code 2 unresolved variables: userId, token}; empty when complete. */
    public String unresolvedMessage() {
        if (unresolved.isEmpty()) {
            return "";
        }
        return unresolved.size() + " unresolved variable" + (unresolved.size() == 1 ? "" : "s") + ": "
                + String.join(", ", unresolved);
    }
}
