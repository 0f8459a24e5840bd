package dev.courier.io.file;

/** Bytes that are not the document a parser expects; {@link #problem} says where. */
public final class FileFormatException extends Exception {

    private final FileProblem problem;

    public FileFormatException(FileProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
