package dev.courier.core.collection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Sorting and filtering of a collection's tree, as pure functions like {@link CollectionTree}'s edits. */
public final class TreeViews {

    /** Folders before requests, then by name ignoring case, then by name, then by id (so the order is total). */
    private static final Comparator<Node> BY_KIND_AND_NAME = Comparator
            .comparing((Node n) -> n instanceof Folder ? 0 : 1)
            .thenComparing(Node::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Node::name)
            .thenComparing(Node::id);

    private TreeViews() {
    }

    /** Sorts the children of {@code parentId} (folders first, then by name), and their descendants if asked. */
    public static Collection sort(Collection collection, String parentId, boolean recursive) {
        return CollectionTree.editChildren(collection, parentId, children -> sorted(children, recursive));
    }

    /**
     * The tree cut down to what matches {@code text} (ignoring case): requests whose name, method or URL contains
     * it, with the folders that lead to them, and folders whose name contains it, with all they hold. Blank text
     * keeps everything. The result is a view for the sidebar, not something to save.
     */
    public static Collection filter(Collection collection, String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? collection : collection.withItems(filter(collection.items(), needle));
    }

    private static List<Node> sorted(List<Node> items, boolean recursive) {
        List<Node> copy = new ArrayList<>(items.size());
        for (Node node : items) {
            boolean descend = recursive && node instanceof Folder;
            copy.add(descend ? ((Folder) node).withItems(sorted(((Folder) node).items(), true)) : node);
        }
        copy.sort(BY_KIND_AND_NAME);
        return copy;
    }

    private static List<Node> filter(List<Node> items, String needle) {
        List<Node> kept = new ArrayList<>();
        for (Node node : items) {
            if (node instanceof Folder folder) {
                if (contains(folder.name(), needle)) {
                    kept.add(folder);
                } else {
                    List<Node> inside = filter(folder.items(), needle);
                    if (!inside.isEmpty()) {
                        kept.add(folder.withItems(inside));
                    }
                }
            } else if (node instanceof RequestItem request && matches(request, needle)) {
                kept.add(request);
            }
        }
        return kept;
    }

    private static boolean matches(RequestItem item, String needle) {
        return contains(item.name(), needle) || contains(item.request().method(), needle)
                || contains(item.request().url(), needle);
    }

    private static boolean contains(String haystack, String lowerCaseNeedle) {
        return haystack.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
