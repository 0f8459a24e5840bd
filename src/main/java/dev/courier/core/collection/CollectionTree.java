package dev.courier.core.collection;

import dev.courier.core.model.RequestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * The edits the workspace makes to a collection's tree, as pure functions: each returns a new {@link Collection}
 * and leaves its argument untouched, so undo is keeping the previous value. Nodes are addressed by id; the parent
 * {@link #ROOT} is the collection itself.
 */
public final class CollectionTree {

    /** The parent id that means "the collection's top level". */
    public static final String ROOT = "";
    /** An index meaning "after the last child". */
    public static final int END = Integer.MAX_VALUE;

    /** A collection after an edit that created a node, and the new node's id (to select it). */
    public record Edit(Collection collection, String id) {
    }

    private CollectionTree() {
    }

    /** The node with this id anywhere in the tree. */
    public static Optional<Node> find(Collection collection, String id) {
        return find(collection.items(), id);
    }

    /** The folders from the top level down to the one holding {@code id}; empty at the top level. */
    public static List<Folder> ancestors(Collection collection, String id) {
        List<Folder> path = new ArrayList<>();
        if (!ancestors(collection.items(), id, path)) {
            throw new NoSuchElementException("no node with id \"" + id + "\"");
        }
        return path;
    }

    /** The id of the folder holding {@code id}, or {@link #ROOT}. */
    public static String parentId(Collection collection, String id) {
        List<Folder> path = ancestors(collection, id);
        return path.isEmpty() ? ROOT : path.get(path.size() - 1).id();
    }

    /** A new, empty folder with an id unique in {@code collection}; add it with {@link #add}. */
    public static Folder newFolder(Collection collection, String name) {
        return Folder.of(NodeIds.forName(collection, name, "folder"), name);
    }

    /** A new request with an id unique in {@code collection}; add it with {@link #add}. */
    public static RequestItem newRequest(Collection collection, String name, RequestSpec request) {
        return RequestItem.of(NodeIds.forName(collection, name, "request"), name, request);
    }

    /**
     * Inserts a node into the folder {@code parentId} at {@code index} (clamped; {@link #END} appends).
     *
     * @throws IllegalArgumentException when an id inside {@code node} is already used in the collection
     */
    public static Collection add(Collection collection, String parentId, int index, Node node) {
        List<String> clashing = new ArrayList<>(NodeIds.all(collection.withItems(List.of(node))));
        clashing.retainAll(NodeIds.all(collection));
        if (!clashing.isEmpty()) {
            throw new IllegalArgumentException("id already used in the collection: " + clashing);
        }
        return editChildren(collection, parentId, children -> {
            List<Node> copy = new ArrayList<>(children);
            copy.add(Math.max(0, Math.min(index, copy.size())), node);
            return copy;
        });
    }

    /** Replaces the node with {@code node.id()} (e.g. a request after Save). */
    public static Collection replace(Collection collection, Node node) {
        AtomicBoolean found = new AtomicBoolean();
        List<Node> items = mapNodes(collection.items(), n -> {
            if (n.id().equals(node.id())) {
                found.set(true);
                return node;
            }
            return n;
        });
        requireFound(found, node.id());
        return collection.withItems(items);
    }

    /** Renames a node; its id stays. */
    public static Collection rename(Collection collection, String id, String name) {
        return replace(collection, require(collection, id).withName(name));
    }

    /** Puts a copy named "… copy", with fresh ids throughout, right after the original. */
    public static Edit duplicate(Collection collection, String id) {
        Node original = require(collection, id);
        Node copy = NodeIds.freshCopy(original.withName(original.name() + " copy"), NodeIds.all(collection));
        String parent = parentId(collection, id);
        List<Node> siblings = parent.equals(ROOT) ? collection.items()
                : ((Folder) require(collection, parent)).items();
        int index = indexOf(siblings, id);
        return new Edit(editChildren(collection, parent, children -> {
            List<Node> edited = new ArrayList<>(children);
            edited.add(index + 1, copy);
            return edited;
        }), copy.id());
    }

    /** Removes a node and everything inside it. */
    public static Collection delete(Collection collection, String id) {
        require(collection, id);
        return collection.withItems(removeIn(collection.items(), id));
    }

    /**
     * Moves a node (drag and drop) into {@code newParentId} at {@code index}, counted among the new parent's
     * children after the node was taken out of its old place.
     *
     * @throws IllegalArgumentException when a folder would be moved into itself or one of its descendants
     */
    public static Collection move(Collection collection, String id, String newParentId, int index) {
        Node node = require(collection, id);
        if (!newParentId.equals(ROOT)) {
            if (!(require(collection, newParentId) instanceof Folder)) {
                throw new IllegalArgumentException("\"" + newParentId + "\" is a request, not a folder");
            }
            boolean intoItself = newParentId.equals(id)
                    || ancestors(collection, newParentId).stream().anyMatch(f -> f.id().equals(id));
            if (intoItself) {
                throw new IllegalArgumentException("a folder cannot be moved into itself");
            }
        }
        return add(delete(collection, id), newParentId, index, node);
    }

    /** Applies {@code edit} to the children of the folder {@code parentId} (or the top level). */
    static Collection editChildren(Collection collection, String parentId, UnaryOperator<List<Node>> edit) {
        if (parentId.equals(ROOT)) {
            return collection.withItems(edit.apply(collection.items()));
        }
        AtomicBoolean found = new AtomicBoolean();
        List<Node> items = mapNodes(collection.items(), n -> {
            if (n instanceof Folder folder && folder.id().equals(parentId)) {
                found.set(true);
                return folder.withItems(edit.apply(folder.items()));
            }
            return n;
        });
        requireFound(found, parentId);
        return collection.withItems(items);
    }

    /** Rebuilds the tree bottom-up, letting {@code change} replace any node (after its children were mapped). */
    static List<Node> mapNodes(List<Node> items, UnaryOperator<Node> change) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node node : items) {
            Node mapped = node instanceof Folder folder ? folder.withItems(mapNodes(folder.items(), change)) : node;
            out.add(change.apply(mapped));
        }
        return out;
    }

    private static Node require(Collection collection, String id) {
        return find(collection, id).orElseThrow(() -> new NoSuchElementException("no node with id \"" + id + "\""));
    }

    private static void requireFound(AtomicBoolean found, String id) {
        if (!found.get()) {
            throw new NoSuchElementException("no node with id \"" + id + "\"");
        }
    }

    private static Optional<Node> find(List<Node> items, String id) {
        for (Node node : items) {
            if (node.id().equals(id)) {
                return Optional.of(node);
            }
            if (node instanceof Folder folder) {
                Optional<Node> inside = find(folder.items(), id);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean ancestors(List<Node> items, String id, List<Folder> path) {
        for (Node node : items) {
            if (node.id().equals(id)) {
                return true;
            }
            if (node instanceof Folder folder) {
                path.add(folder);
                if (ancestors(folder.items(), id, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static List<Node> removeIn(List<Node> items, String id) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node node : items) {
            if (!node.id().equals(id)) {
                out.add(node instanceof Folder folder ? folder.withItems(removeIn(folder.items(), id)) : node);
            }
        }
        return out;
    }

    private static int indexOf(List<Node> siblings, String id) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NoSuchElementException("no node with id \"" + id + "\"");
    }
}
