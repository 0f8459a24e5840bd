package dev.courier.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file choosers, starting in the folder used last. */
public final class NativeFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter COURIER =
            new FileChooser.ExtensionFilter("Courier collections (*.courier.json)", "*.courier.json");
    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("JSON files", "*.json");
    private static final FileChooser.ExtensionFilter ANY = new FileChooser.ExtensionFilter("All files", "*");

    private File lastFolder;

    @Override
    public Optional<Path> openCollection(Window owner) {
        return remember(chooser("Open collection", COURIER, JSON, ANY).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveCollection(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save collection", COURIER, ANY);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> openPostman(Window owner) {
        return remember(chooser("Import Postman collection", JSON, ANY).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> savePostman(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Export as Postman collection", JSON, ANY);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
