package dev.courier.io.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Why a file could not be read, and where: line and column are 1-based, 0 when the problem has no single place
 * (the {@code path} then names the JSON value, e.g. {@code items[2].request.url}).
 */
public record FileProblem(int line, int column, String path, String message) {

    /** A JSON syntax error at Jackson's location. */
    public static FileProblem of(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new FileProblem(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                e.getOriginalMessage());
    }

    /** One line for a person, e.g. {@code line 3, column 7: Unexpected character}. */
    public String describe() {
        String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return where + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
