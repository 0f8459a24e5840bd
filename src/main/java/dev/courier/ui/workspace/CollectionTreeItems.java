package dev.courier.ui.workspace;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.TreeViews;
import dev.courier.ui.collections.OpenCollection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * Builds the sidebar's tree from the open collections, cut down by the filter text; rows stay expanded unless the
 * user collapsed them, and the selection survives a rebuild.
 */
final class CollectionTreeItems {

    private final TreeView<TreeEntry> tree;
    private final Set<String> collapsed = new HashSet<>();

    CollectionTreeItems(TreeView<TreeEntry> tree) {
        this.tree = tree;
        tree.setRoot(new TreeItem<>());
        tree.setShowRoot(false);
    }

    void rebuild(List<OpenCollection> open, String filter) {
        String selected = Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue)
                .map(TreeEntry::key).orElse(null);
        boolean filtering = !filter.isBlank();
        TreeItem<TreeEntry> root = tree.getRoot();
        root.getChildren().clear();
        for (OpenCollection collection : open) {
            TreeItem<TreeEntry> item = item(TreeEntry.of(collection), filtering);
            Collection shown = TreeViews.filter(collection.collection(), filter);
            add(item, collection, shown.items(), filtering);
            root.getChildren().add(item);
        }
        if (selected != null) {
            find(root, selected).ifPresent(tree.getSelectionModel()::select);
        }
    }

    /** The row with this key, e.g. to select a node just created. */
    Optional<TreeItem<TreeEntry>> find(String key) {
        return find(tree.getRoot(), key);
    }

    private void add(TreeItem<TreeEntry> parent, OpenCollection collection, List<Node> nodes, boolean filtering) {
        for (Node node : nodes) {
            TreeItem<TreeEntry> item = item(new TreeEntry(collection, node), filtering);
            if (node instanceof Folder folder) {
                add(item, collection, folder.items(), filtering);
            }
            parent.getChildren().add(item);
        }
    }

    private TreeItem<TreeEntry> item(TreeEntry entry, boolean filtering) {
        TreeItem<TreeEntry> item = new TreeItem<>(entry);
        item.setExpanded(filtering || !collapsed.contains(entry.key()));
        item.expandedProperty().addListener((obs, old, now) -> {
            if (!filtering) {
                if (now) {
                    collapsed.remove(entry.key());
                } else {
                    collapsed.add(entry.key());
                }
            }
        });
        return item;
    }

    private static Optional<TreeItem<TreeEntry>> find(TreeItem<TreeEntry> from, String key) {
        for (TreeItem<TreeEntry> child : from.getChildren()) {
            if (child.getValue().key().equals(key)) {
                return Optional.of(child);
            }
            Optional<TreeItem<TreeEntry>> inside = find(child, key);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
