package dev.courier.ui.workspace;

import dev.courier.core.collection.NodeIds;
import dev.courier.ui.Async;
import dev.courier.ui.collections.CollectionsViewModel;
import dev.courier.ui.collections.OpenCollection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The File menu's collection files: open, open recent, import from Postman and export to Postman. */
final class FileActions {

    private final CollectionsViewModel collections;
    private final Supplier<Window> window;
    private final FileDialogs files;

    FileActions(CollectionsViewModel collections, Supplier<Window> window, FileDialogs files) {
        this.collections = collections;
        this.window = window;
        this.files = files;
    }

    /** Ctrl+O. A file that does not parse is reported with line and column in the sidebar and left untouched. */
    void openCollection() {
        files.openCollection(window.get()).ifPresent(collections::open);
    }

    void openRecent(Path file) {
        collections.open(file);
    }

    /**
     * Reads a Postman collection, asks where to write the Courier collection, opens it, and lists what was not
     * imported.
     */
    void importPostman() {
        Optional<Path> source = files.openPostman(window.get());
        if (source.isEmpty()) {
            return;
        }
        collections.readPostman(source.get()).whenComplete((imported, error) -> {
            if (error != null) {
                collections.report("Cannot import " + source.get().getFileName() + ": "
                        + Async.cause(error).getMessage());
                return;
            }
            String suggested = NodeIds.slug(imported.collection().name(), "collection") + ".courier.json";
            files.saveCollection(window.get(), suggested).ifPresent(target ->
                    collections.create(target, imported.collection()).thenAccept(opened -> opened.ifPresent(c ->
                            WorkspaceDialogs.showReport(window.get(), "Postman import",
                                    imported.report().isEmpty()
                                            ? "Imported \"" + c.collection().name() + "\" completely."
                                            : "Imported \"" + c.collection().name() + "\". Not imported ("
                                            + imported.report().size() + "):",
                                    imported.report()))));
        });
    }

    /** Writes a collection as a Postman Collection v2.1 and lists what Postman cannot hold. */
    void exportPostman(OpenCollection collection) {
        String suggested = NodeIds.slug(collection.collection().name(), "collection") + ".postman_collection.json";
        files.savePostman(window.get(), suggested).ifPresent(target ->
                collections.exportPostman(collection, target).whenComplete((report, error) -> {
                    if (error != null) {
                        collections.report("Cannot export to " + target + ": " + Async.cause(error).getMessage());
                        return;
                    }
                    WorkspaceDialogs.showReport(window.get(), "Postman export",
                            report.isEmpty() ? "Exported to " + target.getFileName() + " completely."
                                    : "Exported to " + target.getFileName() + ". Not exported (" + report.size()
                                    + "):", report);
                }));
    }
}
