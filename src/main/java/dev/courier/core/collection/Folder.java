package dev.courier.core.collection;

import java.util.List;
import java.util.Objects;

/**
 * A folder of folders and requests, in the order shown.
 *
 * @param inheritAuth when the folder's own auth is none: true takes the parent's auth, false sends none
 */
public record Folder(String id, String name, String description, Defaults defaults, boolean inheritAuth,
                     List<Node> items) implements Node {

    public Folder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaults, "defaults");
        items = List.copyOf(items);
    }

    /** An empty folder without defaults. */
    public static Folder of(String id, String name) {
        return new Folder(id, name, "", Defaults.NONE, true, List.of());
    }

    @Override
    public Folder withName(String newName) {
        return new Folder(id, newName, description, defaults, inheritAuth, items);
    }

    @Override
    public Folder withId(String newId) {
        return new Folder(newId, name, description, defaults, inheritAuth, items);
    }

    public Folder withItems(List<Node> newItems) {
        return new Folder(id, name, description, defaults, inheritAuth, newItems);
    }

    public Folder withDefaults(Defaults newDefaults) {
        return new Folder(id, name, description, newDefaults, inheritAuth, items);
    }

    public Folder withDescription(String newDescription) {
        return new Folder(id, name, newDescription, defaults, inheritAuth, items);
    }

    public Folder withInheritAuth(boolean inherit) {
        return new Folder(id, name, description, defaults, inherit, items);
    }
}
