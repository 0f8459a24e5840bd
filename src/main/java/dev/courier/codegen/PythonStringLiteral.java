package dev.courier.codegen;

/**
 * Python 3 string literals: double quotes, or single quotes when the text holds a double quote and no single
 * one; backslash escapes for the quote, the backslash and control characters; other characters as they are (Python
 * source is UTF-8).
 */
public final class PythonStringLiteral {

    private PythonStringLiteral() {
    }

    /** The literal for {@code text}. */
    public static String quote(String text) {
        char quote = text.indexOf('"') >= 0 && text.indexOf('\'') < 0 ? '\'' : '"';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    /** An expression for a value: literals quoted, hidden secrets read with {@code os.environ["API_TOKEN"]}. */
    public static String expression(SnippetValue value) {
        return value.expression(PythonStringLiteral::quote,
                s -> "os.environ[\"" + s.environmentVariable() + "\"]", " + ");
    }
}
