package dev.courier.core.json;

/** The text could not be formatted because it is not JSON; {@link #problem()} says where and why. */
public final class JsonFormatException extends Exception {

    private final transient JsonProblem problem;

    public JsonFormatException(JsonProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public JsonProblem problem() {
        return problem;
    }
}
