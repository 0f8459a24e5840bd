package dev.courier.ui.collections;

import dev.courier.core.collection.Collection;
import dev.courier.io.collection.CollectionFiles;
import dev.courier.io.collection.CollectionList;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.GuardedFiles;
import dev.courier.io.file.SaveRefusedException;
import dev.courier.io.file.UnreadableFileException;
import dev.courier.io.postman.PostmanExport;
import dev.courier.io.postman.PostmanExporter;
import dev.courier.io.postman.PostmanImport;
import dev.courier.io.postman.PostmanImporter;
import dev.courier.ui.Async;
import dev.courier.ui.SerialExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The collections open in the sidebar, the recent files, the filter text, and the problem to show. All file work
 * runs off the UI thread, one task after another (saves of a file never overtake each other), and reports back
 * through the UI executor. A file that does not parse is reported with line and column and never saved over.
 */
public final class CollectionsViewModel {

    private final CollectionFiles files;
    private final Path listFile;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<OpenCollection> open = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private CollectionList list = CollectionList.EMPTY;

    /**
     * @param files      reads and saves collection files, guarding against overwriting
     * @param listFile   where the open and recent files are remembered ({@code collections.json})
     * @param background runs file work
     * @param ui         runs a task on the UI thread
     */
    public CollectionsViewModel(CollectionFiles files, Path listFile, Executor background, Executor ui) {
        this.files = files;
        this.listFile = listFile;
        this.io = new SerialExecutor(background);
        this.ui = ui;
    }

    /** Opens the collections that were open last time; files gone since are dropped from the list. */
    public CompletableFuture<Void> reopenLast() {
        return Async.call(io, ui, () -> CollectionList.read(listFile)).thenCompose(read -> {
            list = read;
            recent.setAll(read.recent());
            CompletableFuture<?>[] opening = read.open().stream().map(file -> open(file, false))
                    .toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(opening);
        });
    }

    /** Opens a collection file (or selects it when open); a problem is shown when it cannot be read. */
    public CompletableFuture<Optional<OpenCollection>> open(Path file) {
        return open(file, true);
    }

    private CompletableFuture<Optional<OpenCollection>> open(Path file, boolean makeRecent) {
        Path key = key(file);
        Optional<OpenCollection> already = find(key);
        if (already.isPresent()) {
            return CompletableFuture.completedFuture(already);
        }
        return Async.call(io, ui, () -> files.open(key)).handle((collection, error) -> {
            if (error != null) {
                problem.set(describeOpenFailure(key, Async.cause(error)));
                if (Async.cause(error) instanceof NoSuchFileException) {
                    remember(list.closed(key));
                }
                return Optional.empty();
            }
            if (find(key).isPresent()) {
                return find(key); // opened twice at once
            }
            OpenCollection opened = new OpenCollection(key, collection, this::save);
            open.add(opened);
            if (makeRecent) {
                remember(list.opened(key));
            }
            return Optional.of(opened);
        });
    }

    /** Writes a new collection file and opens it. */
    public CompletableFuture<Optional<OpenCollection>> create(Path file, Collection collection) {
        Path key = key(file);
        return Async.call(io, ui, () -> {
            files.save(key, collection, GuardedFiles.Overwrite.EVEN_IF_CHANGED); // the user chose this file
            return collection;
        }).handle((saved, error) -> {
            if (error != null) {
                problem.set("Cannot create " + key + ": " + Async.cause(error).getMessage());
                return Optional.empty();
            }
            find(key).ifPresent(open::remove);
            OpenCollection created = new OpenCollection(key, saved, this::save);
            open.add(created);
            remember(list.opened(key));
            return Optional.of(created);
        });
    }

    /** Closes a collection; it stays among the recent files. */
    public void close(OpenCollection collection) {
        open.remove(collection);
        files.close(collection.file());
        remember(list.closed(collection.file()));
    }

    /** Saves over a file that changed on disk, as the user chose. */
    public CompletableFuture<SaveResult> overwrite(OpenCollection collection) {
        return write(collection.file(), collection.collection(), GuardedFiles.Overwrite.EVEN_IF_CHANGED);
    }

    /** Reads the file again, dropping the edits shown (the user chose reload). */
    public CompletableFuture<SaveResult> reload(OpenCollection collection) {
        Path file = collection.file();
        return Async.call(io, ui, () -> files.open(file)).handle((read, error) -> {
            if (error != null) {
                problem.set(describeOpenFailure(file, Async.cause(error)));
                return new SaveResult(SaveResult.Status.FAILED, problem.get());
            }
            collection.replaceFromDisk(read);
            return SaveResult.OK;
        });
    }

    /** Saves the collection under another name; it is then open from there. */
    public CompletableFuture<SaveResult> saveAs(OpenCollection collection, Path newFile) {
        Path old = collection.file();
        Path key = key(newFile);
        return write(key, collection.collection(), GuardedFiles.Overwrite.EVEN_IF_CHANGED).thenApply(result -> {
            if (result.saved()) {
                files.close(old);
                collection.moveTo(key);
                remember(list.closed(old).opened(key));
            }
            return result;
        });
    }

    /** Reads a Postman collection; the report lists what could not be imported. */
    public CompletableFuture<PostmanImport> readPostman(Path file) {
        return Async.call(io, ui, () -> {
            try {
                return PostmanImporter.read(Files.readString(file, StandardCharsets.UTF_8));
            } catch (FileFormatException e) {
                throw new IOException(file.getFileName() + " is not a Postman collection: "
                        + e.problem().describe(), e);
            }
        });
    }

    /** Writes a collection as a Postman Collection v2.1; returns what Postman could not be given. */
    public CompletableFuture<List<String>> exportPostman(OpenCollection collection, Path target) {
        Collection tree = collection.collection();
        return Async.call(io, ui, () -> {
            PostmanExport export = PostmanExporter.write(tree);
            AtomicFiles.writeString(target, export.json());
            return export.report();
        });
    }

    public Optional<OpenCollection> find(Path file) {
        Path key = key(file);
        return open.stream().filter(c -> c.file().equals(key)).findFirst();
    }

    /** Shows a problem in the sidebar (also used by the window for problems it meets). */
    public void report(String message) {
        problem.set(message);
    }

    public void dismissProblem() {
        problem.set("");
    }

    public ObservableList<OpenCollection> open() {
        return open;
    }

    /** Recently opened files, newest first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The last problem with a file, empty when there is none to show. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private CompletableFuture<SaveResult> save(OpenCollection collection) {
        return write(collection.file(), collection.collection(), GuardedFiles.Overwrite.IF_UNCHANGED);
    }

    private CompletableFuture<SaveResult> write(Path file, Collection tree, GuardedFiles.Overwrite overwrite) {
        return Async.call(io, ui, () -> {
            try {
                files.save(file, tree, overwrite);
                return SaveResult.OK;
            } catch (SaveRefusedException e) {
                return e.reason() == SaveRefusedException.Reason.CHANGED_ON_DISK
                        ? new SaveResult(SaveResult.Status.CHANGED_ON_DISK,
                        file.getFileName() + " changed on disk since Courier read it.")
                        : new SaveResult(SaveResult.Status.LAST_READ_FAILED, e.getMessage());
            } catch (IOException e) {
                return new SaveResult(SaveResult.Status.FAILED, "Cannot save " + file + ": " + e.getMessage());
            }
        }).thenApply(result -> {
            if (result.status() == SaveResult.Status.FAILED || result.status() == SaveResult.Status.LAST_READ_FAILED) {
                problem.set(result.message());
            }
            return result;
        });
    }

    private void remember(CollectionList changed) {
        list = changed;
        recent.setAll(changed.recent());
        io.execute(() -> {
            try {
                changed.write(listFile);
            } catch (IOException e) {
                System.getLogger(CollectionsViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot remember the open collections: " + e.getMessage());
            }
        });
    }

    private static String describeOpenFailure(Path file, Throwable error) {
        if (error instanceof UnreadableFileException unreadable) {
            return "Cannot open " + file.getFileName() + ": " + unreadable.problem().describe()
                    + ". The file was left untouched.";
        }
        if (error instanceof NoSuchFileException) {
            return "Cannot open " + file + ": the file does not exist.";
        }
        return "Cannot open " + file + ": " + error.getMessage();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
