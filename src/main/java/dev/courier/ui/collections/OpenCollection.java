package dev.courier.ui.collections;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.collection.TreeViews;
import dev.courier.core.model.RequestSpec;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A collection open in the sidebar: its file, its tree, and the edits made to it. Every edit is saved to the file
 * at once (off the UI thread) and can be undone; undo keeps the previous trees.
 */
public final class OpenCollection {

    private static final int UNDO_DEPTH = 50;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Collection> collection = new ReadOnlyObjectWrapper<>(this, "collection");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<Collection> undo = new ArrayDeque<>();
    private final Function<OpenCollection, CompletableFuture<SaveResult>> saver;

    OpenCollection(Path file, Collection collection, Function<OpenCollection, CompletableFuture<SaveResult>> saver) {
        this.file.set(file);
        this.collection.set(collection);
        this.saver = saver;
    }

    public Path file() {
        return file.get();
    }

    public Collection collection() {
        return collection.get();
    }

    /** A node an edit created, and how saving the edit went. */
    public record Added(String id, CompletableFuture<SaveResult> saved) {
    }

    /** A new empty folder at the end of {@code parentId}. */
    public Added newFolder(String parentId, String name) {
        Folder folder = CollectionTree.newFolder(collection(), name);
        return new Added(folder.id(), apply(CollectionTree.add(collection(), parentId, CollectionTree.END, folder)));
    }

    /** A new request at the end of {@code parentId}. */
    public Added newRequest(String parentId, String name, RequestSpec request) {
        RequestItem item = CollectionTree.newRequest(collection(), name, request);
        return new Added(item.id(), apply(CollectionTree.add(collection(), parentId, CollectionTree.END, item)));
    }

    public CompletableFuture<SaveResult> rename(String id, String name) {
        return apply(CollectionTree.rename(collection(), id, name));
    }

    /** Duplicates a node next to itself. */
    public Added duplicate(String id) {
        CollectionTree.Edit edit = CollectionTree.duplicate(collection(), id);
        return new Added(edit.id(), apply(edit.collection()));
    }

    public CompletableFuture<SaveResult> delete(String id) {
        return apply(CollectionTree.delete(collection(), id));
    }

    /**
     * Drag and drop: moves {@code id} into {@code parentId} at {@code index}. Empty, changing nothing, when the
     * move is impossible (a folder into itself).
     */
    public Optional<CompletableFuture<SaveResult>> move(String id, String parentId, int index) {
        Collection moved;
        try {
            moved = CollectionTree.move(collection(), id, parentId, index);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(apply(moved));
    }

    /** Sorts a folder's children (folders first, then by name), recursively. */
    public CompletableFuture<SaveResult> sort(String parentId) {
        return apply(TreeViews.sort(collection(), parentId, true));
    }

    /** Saves a tab's request into its node, with whether it inherits its folder's or collection's auth. */
    public CompletableFuture<SaveResult> saveRequest(String id, RequestSpec request, boolean inheritAuth) {
        RequestItem item = request(id).orElseThrow();
        return apply(CollectionTree.replace(collection(), item.withRequest(request).withInheritAuth(inheritAuth)));
    }

    /** Puts back the tree before the last edit, and saves it. */
    public CompletableFuture<SaveResult> undo() {
        if (undo.isEmpty()) {
            return CompletableFuture.completedFuture(SaveResult.OK);
        }
        collection.set(undo.pop());
        canUndo.set(!undo.isEmpty());
        return saver.apply(this);
    }

    public Optional<RequestItem> request(String id) {
        return CollectionTree.find(collection(), id).filter(RequestItem.class::isInstance).map(RequestItem.class::cast);
    }

    public Optional<Node> node(String id) {
        return CollectionTree.find(collection(), id);
    }

    /** Applies an edit made elsewhere (e.g. adding an imported tree) as one undoable step. */
    public CompletableFuture<SaveResult> apply(Collection edited) {
        undo.push(collection());
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        canUndo.set(true);
        collection.set(edited);
        return saver.apply(this);
    }

    /** The file was read again (reload): its tree replaces the one shown, and the undo history is dropped. */
    void replaceFromDisk(Collection read) {
        undo.clear();
        canUndo.set(false);
        collection.set(read);
    }

    /** Saved under another name: this collection now lives there. */
    void moveTo(Path newFile) {
        file.set(newFile);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Collection> collectionProperty() {
        return collection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
