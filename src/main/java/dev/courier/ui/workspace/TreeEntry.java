package dev.courier.ui.workspace;

import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.ui.collections.OpenCollection;

/** One row of the collections tree: a collection itself ({@code node} null), a folder or a request in it. */
record TreeEntry(OpenCollection collection, Node node) {

    static TreeEntry of(OpenCollection collection) {
        return new TreeEntry(collection, null);
    }

    boolean isCollection() {
        return node == null;
    }

    boolean isFolder() {
        return node instanceof Folder;
    }

    boolean isRequest() {
        return node instanceof RequestItem;
    }

    /** The node's id, or {@link CollectionTree#ROOT} for the collection. */
    String id() {
        return node == null ? CollectionTree.ROOT : node.id();
    }

    /** Where new folders and requests go when this row is selected: into it, or beside a request. */
    String containerId() {
        if (isCollection() || isFolder()) {
            return id();
        }
        return CollectionTree.parentId(collection.collection(), id());
    }

    String name() {
        return node == null ? collection.collection().name() : node.name();
    }

    /** Identifies the row across rebuilds of the tree (expansion and selection are kept by it). */
    String key() {
        return collection.file() + "#" + id();
    }
}
