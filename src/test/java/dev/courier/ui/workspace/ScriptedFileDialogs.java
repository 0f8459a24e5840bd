package dev.courier.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** File choosers that answer with the paths a test queued, in order; none queued means "cancelled". */
public final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();
    private String lastSuggestion = "";

    /** The next chooser, whichever it is, picks {@code file}. */
    public ScriptedFileDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    /** The file name the last save chooser suggested. */
    public String lastSuggestion() {
        return lastSuggestion;
    }

    @Override
    public Optional<Path> openCollection(Window owner) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> saveCollection(Window owner, String suggestedName) {
        lastSuggestion = suggestedName;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> openPostman(Window owner) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> savePostman(Window owner, String suggestedName) {
        lastSuggestion = suggestedName;
        return Optional.ofNullable(answers.poll());
    }
}
