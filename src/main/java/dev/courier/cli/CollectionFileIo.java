package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.file.FileFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading and writing the files the collection commands take, with one-line errors on standard error. */
final class CollectionFileIo {

    private CollectionFileIo() {
    }

    /** The file's text, or empty after saying on {@code err} why it cannot be read. */
    static Optional<String> readText(Path file, PrintStream err) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("courier: no such file: " + file);
        } catch (IOException e) {
            err.println("courier: cannot read " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The collection in {@code file}, or empty after saying on {@code err} what is wrong and where. */
    static Optional<Collection> readCollection(Path file, PrintStream err) {
        Optional<String> text = readText(file, err);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CollectionJson.read(text.get()));
        } catch (FileFormatException e) {
            err.println("courier: " + file + ": " + e.problem().describe());
            return Optional.empty();
        }
    }

    /** Writes {@code text} atomically to {@code file}, or to {@code out} when there is no file. */
    static boolean write(Path file, String text, PrintStream out, PrintStream err) {
        if (file == null) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        }
        try {
            AtomicFiles.writeString(file, text);
            return true;
        } catch (IOException e) {
            err.println("courier: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }
}
