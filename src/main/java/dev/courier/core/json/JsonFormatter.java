package dev.courier.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pretty-prints or minifies JSON by re-spacing the lexer's tokens: every literal (numbers, strings, escapes)
 * is copied exactly as written, and key order is kept.
 */
public final class JsonFormatter {

    private static final String INDENT = "  ";

    private JsonFormatter() {
    }

    /** Pretty-prints with two-space indentation; refuses text that is not JSON. */
    public static String pretty(CharSequence text) throws JsonFormatException {
        requireValid(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        write(text, out, true);
        return out.toString();
    }

    /** Removes all insignificant whitespace; refuses text that is not JSON. */
    public static String minify(CharSequence text) throws JsonFormatException {
        requireValid(text);
        StringBuilder out = new StringBuilder(text.length());
        write(text, out, false);
        return out.toString();
    }

    /** Writes {@code text}, which must already be valid JSON, to {@code out}, pretty-printed or minified. */
    public static void write(CharSequence text, Appendable out, boolean pretty) {
        try {
            JsonLexer lexer = new JsonLexer(text);
            int depth = 0;
            boolean justOpened = false;
            for (JsonTokenType t = lexer.next(); t != JsonTokenType.EOF; t = lexer.next()) {
                boolean closing = t == JsonTokenType.END_OBJECT || t == JsonTokenType.END_ARRAY;
                if (closing) {
                    depth--;
                }
                if (pretty && (justOpened || closing) && !(justOpened && closing)) {
                    newline(out, depth);
                }
                justOpened = false;
                switch (t) {
                    case BEGIN_OBJECT, BEGIN_ARRAY -> {
                        out.append(text, lexer.start(), lexer.end());
                        depth++;
                        justOpened = true;
                    }
                    case COMMA -> {
                        out.append(',');
                        if (pretty) {
                            newline(out, depth);
                        }
                    }
                    case COLON -> out.append(pretty ? ": " : ":");
                    default -> out.append(text, lexer.start(), lexer.end());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void newline(Appendable out, int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private static void requireValid(CharSequence text) throws JsonFormatException {
        JsonCheck check = JsonValidator.check(text, false);
        if (check.error().isPresent()) {
            throw new JsonFormatException(check.error().get());
        }
    }
}
