package dev.courier.core.collection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for folders and requests: a slug of the name at creation ({@code "Get user"} becomes {@code get-user}),
 * made unique in its collection with {@code -2}, {@code -3}. Deterministic, readable in a diff, and kept when the
 * node is renamed, so references to it survive.
 */
public final class NodeIds {

    private static final int MAX_LENGTH = 48;

    private NodeIds() {
    }

    /** The slug of a name: lower-case ASCII letters and digits joined by single dashes; {@code fallback} if none. */
    public static String slug(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not in {@code taken} first. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Every id used in the collection. */
    public static Set<String> all(Collection collection) {
        Set<String> ids = new HashSet<>();
        collect(collection.items(), ids);
        return ids;
    }

    /** A new id for a node named {@code name} in this collection. */
    public static String forName(Collection collection, String name, String fallback) {
        return unique(slug(name, fallback), all(collection));
    }

    /** A copy of {@code node} and everything inside it with new ids, none of which is in {@code taken} (updated). */
    static Node freshCopy(Node node, Set<String> taken) {
        String fallback = node instanceof Folder ? "folder" : "request";
        String id = unique(slug(node.name(), fallback), taken);
        taken.add(id);
        if (node instanceof Folder folder) {
            List<Node> children = new ArrayList<>();
            for (Node child : folder.items()) {
                children.add(freshCopy(child, taken));
            }
            return folder.withId(id).withItems(children);
        }
        return node.withId(id);
    }

    private static void collect(List<Node> items, Set<String> ids) {
        for (Node node : items) {
            ids.add(node.id());
            if (node instanceof Folder folder) {
                collect(folder.items(), ids);
            }
        }
    }
}
