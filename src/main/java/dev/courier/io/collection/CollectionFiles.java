package dev.courier.io.collection;

import dev.courier.core.collection.Collection;
import dev.courier.io.file.GuardedFiles;
import dev.courier.io.vars.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Opening and saving collection files for the workspace: atomic saves, never over a file that could not be read,
 * and not over one that changed on disk unless the user chose to overwrite it. Secret variable values never reach
 * the file: they are kept in the {@link SecretStore} under the file's path and filled in again on open.
 * Thread-safe.
 */
public final class CollectionFiles {

    private final GuardedFiles files = new GuardedFiles();
    private final SecretStore secrets;

    public CollectionFiles(SecretStore secrets) {
        this.secrets = secrets;
    }

    /**
     * Reads a collection file.
     *
     * @throws dev.courier.io.file.UnreadableFileException when it does not parse (its problem has line and column)
     */
    public Collection open(Path file) throws IOException {
        Collection read = files.read(file, bytes -> CollectionJson.read(new String(bytes, StandardCharsets.UTF_8)));
        return secrets.fill(file, read);
    }

    /**
     * Saves a collection.
     *
     * @throws dev.courier.io.file.SaveRefusedException when the last read of {@code file} failed, or it changed
     *                                                   on disk and {@code overwrite} is {@code IF_UNCHANGED}
     */
    public void save(Path file, Collection collection, GuardedFiles.Overwrite overwrite) throws IOException {
        files.save(file, CollectionJson.bytes(secrets.split(file, collection)), overwrite);
    }

    /** What a save to {@code file} would meet (to ask reload / overwrite / save as before saving). */
    public GuardedFiles.Status status(Path file) throws IOException {
        return files.status(file);
    }

    /** Forgets a closed collection's file. */
    public void close(Path file) {
        files.forget(file);
    }
}
