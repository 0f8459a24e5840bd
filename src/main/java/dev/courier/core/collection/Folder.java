package dev.courier.core.collection;

import dev.courier.core.model.Variable;
import java.util.List;
import java.util.Objects;

/**
 * A folder of folders and requests, in the order shown, with variables that the requests inside see.
 *
 * @param inheritAuth when the folder's own auth is none: true takes the parent's auth, false sends none
 */
public record Folder(String id, String name, String description, Defaults defaults, boolean inheritAuth,
                     List<Node> items, List<Variable> variables) implements Node {

    public Folder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaults, "defaults");
        items = List.copyOf(items);
        variables = List.copyOf(variables);
    }

    /** A folder without variables. */
    public Folder(String id, String name, String description, Defaults defaults, boolean inheritAuth,
                  List<Node> items) {
        this(id, name, description, defaults, inheritAuth, items, List.of());
    }

    /** An empty folder without defaults. */
    public static Folder of(String id, String name) {
        return new Folder(id, name, "", Defaults.NONE, true, List.of());
    }

    @Override
    public Folder withName(String newName) {
        return new Folder(id, newName, description, defaults, inheritAuth, items, variables);
    }

    @Override
    public Folder withId(String newId) {
        return new Folder(newId, name, description, defaults, inheritAuth, items, variables);
    }

    public Folder withItems(List<Node> newItems) {
        return new Folder(id, name, description, defaults, inheritAuth, newItems, variables);
    }

    public Folder withDefaults(Defaults newDefaults) {
        return new Folder(id, name, description, newDefaults, inheritAuth, items, variables);
    }

    public Folder withDescription(String newDescription) {
        return new Folder(id, name, newDescription, defaults, inheritAuth, items, variables);
    }

    public Folder withInheritAuth(boolean inherit) {
        return new Folder(id, name, description, defaults, inherit, items, variables);
    }

    public Folder withVariables(List<Variable> newVariables) {
        return new Folder(id, name, description, defaults, inheritAuth, items, newVariables);
    }
}
