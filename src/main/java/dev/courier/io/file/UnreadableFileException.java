package dev.courier.io.file;

import java.io.IOException;
import java.nio.file.Path;

/** A file that exists but does not parse; it is never overwritten by Courier until it reads correctly again. */
public final class UnreadableFileException extends IOException {

    private final transient Path file;
    private final FileProblem problem;

    public UnreadableFileException(Path file, FileProblem problem) {
        super(file + ": " + problem.describe());
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public FileProblem problem() {
        return problem;
    }
}
