package dev.courier.core.json;

/**
 * Something wrong in a JSON text, located for a person: 1-based line and column.
 *
 * @param severity error (the text is not JSON) or warning (valid, but probably not what was meant)
 * @param offset   character offset where the problem starts
 * @param length   how many characters are involved (at least 1 unless at end of input)
 */
public record JsonProblem(Severity severity, int offset, int length, int line, int column, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    static JsonProblem at(Severity severity, CharSequence text, int offset, int length, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonProblem(severity, offset, length, line, offset - lineStart + 1, message);
    }

    /** "line 3, column 5: missing comma between elements". */
    public String describe() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
