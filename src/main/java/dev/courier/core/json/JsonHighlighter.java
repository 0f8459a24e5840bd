package dev.courier.core.json;

/**
 * Classifies every JSON token of a text into a {@link Role} for colouring, telling property names from string
 * values. Tolerant like the lexer: broken text still gets coloured, with the broken parts as {@link Role#ERROR}.
 */
public final class JsonHighlighter {

    /** What a span of text is, for colouring. */
    public enum Role { KEY, STRING, NUMBER, LITERAL, PUNCTUATION, VARIABLE, ERROR }

    /** Receives spans in text order; the gaps between them are whitespace. */
    @FunctionalInterface
    public interface SpanSink {
        void span(int start, int end, Role role);
    }

    private JsonHighlighter() {
    }

    /** Reports the spans of {@code text} to {@code sink}, in order. */
    public static void highlight(CharSequence text, SpanSink sink) {
        JsonLexer lexer = new JsonLexer(text);
        int pendingStart = -1;
        int pendingEnd = -1;
        for (JsonTokenType t = lexer.next(); t != JsonTokenType.EOF; t = lexer.next()) {
            if (pendingStart >= 0) {
                // A string is a property name exactly when a colon follows it.
                sink.span(pendingStart, pendingEnd, t == JsonTokenType.COLON ? Role.KEY : Role.STRING);
                pendingStart = -1;
            }
            if (t == JsonTokenType.STRING) {
                pendingStart = lexer.start();
                pendingEnd = lexer.end();
            } else {
                sink.span(lexer.start(), lexer.end(), role(t));
            }
        }
        if (pendingStart >= 0) {
            sink.span(pendingStart, pendingEnd, Role.STRING);
        }
    }

    private static Role role(JsonTokenType type) {
        return switch (type) {
            case NUMBER -> Role.NUMBER;
            case TRUE, FALSE, NULL -> Role.LITERAL;
            case VARIABLE -> Role.VARIABLE;
            case ERROR -> Role.ERROR;
            default -> Role.PUNCTUATION;
        };
    }
}
