package dev.courier.ui.environments;

import dev.courier.core.model.Environment;
import java.util.List;
import java.util.function.UnaryOperator;

/** Pure edits of a list of environments: unique names, replacing one by name. */
final class EnvironmentLists {

    private EnvironmentLists() {
    }

    /** {@code name} (stripped), or with " 2", " 3"… appended when the list has it already. */
    static String uniqueName(List<Environment> environments, String name) {
        String base = name.strip().isEmpty() ? "Environment" : name.strip();
        String candidate = base;
        for (int n = 2; taken(environments, candidate); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    /** The list with the environment called {@code name} replaced by {@code edit} of it. */
    static List<Environment> replace(List<Environment> environments, String name, UnaryOperator<Environment> edit) {
        return environments.stream().map(e -> e.name().equals(name) ? edit.apply(e) : e).toList();
    }

    private static boolean taken(List<Environment> environments, String name) {
        return environments.stream().anyMatch(e -> e.name().equals(name));
    }
}
