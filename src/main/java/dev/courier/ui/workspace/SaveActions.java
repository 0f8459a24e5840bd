package dev.courier.ui.workspace;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.drafts.RequestRef;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.collections.CollectionsViewModel;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Saving: a tab's request into its collection (Ctrl+S), or somewhere the user chooses (a request in no collection,
 * Save As, a history entry); closing a tab with unsaved changes; and what to do when a file changed on disk.
 */
final class SaveActions {

    private final Workspace workspace;
    private final CollectionsViewModel collections;
    private final Supplier<Window> window;
    private final FileDialogs files;

    SaveActions(Workspace workspace, Supplier<Window> window, FileDialogs files) {
        this.workspace = workspace;
        this.collections = workspace.collections();
        this.window = window;
        this.files = files;
    }

    /** Ctrl+S: into the tab's collection file; a request in no open collection asks where. Completes with success. */
    CompletableFuture<Boolean> save(TabViewModel tab) {
        Optional<OpenCollection> holder = workspace.collectionOf(tab);
        if (holder.isEmpty()) {
            return saveAs(tab);
        }
        RequestViewModel.FormState state = tab.request().snapshot();
        String id = tab.origin().orElseThrow().requestId();
        return settle(holder.get(), holder.get().saveRequest(id, tab.request().toSpec(),
                tab.request().auth().inheritsAuth())).thenApply(saved -> {
            if (saved) {
                tab.markSaved(state);
            }
            return saved;
        });
    }

    /** Save As: a new request in a collection and folder the user picks; the tab then edits that request. */
    CompletableFuture<Boolean> saveAs(TabViewModel tab) {
        RequestViewModel.FormState state = tab.request().snapshot();
        RequestSpec spec = tab.request().toSpec();
        return saveNew(spec, tab.titleProperty().get()).thenApply(saved -> {
            saved.ifPresent(ref -> {
                tab.markSaved(ref, nameIn(ref));
                tab.markSaved(state);
            });
            return saved.isPresent();
        });
    }

    /** Saves a request (e.g. a history entry) as a new request where the user chooses. */
    CompletableFuture<Optional<RequestRef>> saveNew(RequestSpec spec, String suggestedName) {
        CompletableFuture<Boolean> ready = collections.open().isEmpty() ? newCollection()
                : CompletableFuture.completedFuture(true);
        return ready.thenCompose(haveOne -> {
            Optional<SaveTargetDialog.Target> target = haveOne
                    ? SaveTargetDialog.ask(window.get(), collections.open(), suggestedName) : Optional.empty();
            if (target.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            OpenCollection collection = target.get().collection();
            OpenCollection.Added added = collection.newRequest(target.get().folderId(), target.get().name(), spec);
            return settle(collection, added.saved()).thenApply(saved -> saved
                    ? Optional.of(new RequestRef(collection.file().toString(), added.id())) : Optional.empty());
        });
    }

    /** File → New collection: a new file where the user chooses, opened in the sidebar. */
    CompletableFuture<Boolean> newCollection() {
        Optional<Path> file = files.saveCollection(window.get(), "requests.courier.json");
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        String name = file.get().getFileName().toString().replaceFirst("(\\.courier)?\\.json$", "");
        return collections.create(file.get(), Collection.named(name)).thenApply(Optional::isPresent);
    }

    /** Closes a tab; one with unsaved changes asks first (save, don't save, cancel). */
    void close(TabViewModel tab) {
        if (!tab.isDirty()) {
            workspace.tabs().close(tab);
            return;
        }
        switch (WorkspaceDialogs.askClose(window.get(), tab.titleProperty().get())) {
            case SAVE -> save(tab).thenAccept(saved -> {
                if (saved) {
                    workspace.tabs().close(tab);
                }
            });
            case DISCARD -> workspace.tabs().close(tab);
            default -> { }
        }
    }

    /**
     * Waits for a save; when the file changed on disk, asks reload / overwrite / save as and does it. Completes
     * with whether the collection as shown is now on disk.
     */
    CompletableFuture<Boolean> settle(OpenCollection collection, CompletableFuture<SaveResult> saving) {
        return saving.thenCompose(result -> {
            if (result.status() != SaveResult.Status.CHANGED_ON_DISK) {
                return CompletableFuture.completedFuture(result.saved());
            }
            return switch (WorkspaceDialogs.askConflict(window.get(), collection.file().getFileName().toString())) {
                case RELOAD -> collections.reload(collection).thenApply(reloaded -> false);
                case OVERWRITE -> collections.overwrite(collection).thenApply(SaveResult::saved);
                case SAVE_AS -> files.saveCollection(window.get(), collection.file().getFileName().toString())
                        .map(path -> collections.saveAs(collection, path).thenApply(SaveResult::saved))
                        .orElse(CompletableFuture.completedFuture(false));
                case CANCEL -> CompletableFuture.completedFuture(false);
            };
        });
    }

    private String nameIn(RequestRef ref) {
        return collections.find(Path.of(ref.collectionFile())).flatMap(c -> c.request(ref.requestId()))
                .map(item -> item.name()).orElse("");
    }
}
