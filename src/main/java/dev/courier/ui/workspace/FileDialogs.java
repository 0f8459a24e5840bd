package dev.courier.ui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers the File menu needs; the app uses the platform's, tests answer with paths of their own. */
public interface FileDialogs {

    /** A Courier collection file to open. */
    Optional<Path> openCollection(Window owner);

    /** Where to write a new collection file (also Save As and a Postman import's destination). */
    Optional<Path> saveCollection(Window owner, String suggestedName);

    /** A Postman collection to import. */
    Optional<Path> openPostman(Window owner);

    /** Where to write a Postman export. */
    Optional<Path> savePostman(Window owner, String suggestedName);
}
