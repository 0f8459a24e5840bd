package dev.courier.core.body;

import dev.courier.core.json.JsonLexer;
import dev.courier.core.json.JsonTokenType;
import java.io.IOException;

/**
 * Pretty-prints JSON in one pass while checking its grammar, so the first screen of a large document is there
 * after the first few kilobytes instead of after a validation pass over all of it. The spacing is
 * {@link dev.courier.core.json.JsonFormatter}'s. At the first token that is not JSON it stops formatting and copies
 * the rest as received.
 */
final class StreamingJsonLayout {

    private static final String INDENT = "  ";

    private StreamingJsonLayout() {
    }

    /**
     * Writes {@code text} pretty-printed to {@code out}.
     *
     * @return -1 when the whole text is JSON, else the offset from which it was copied as received
     */
    static int write(CharSequence text, LineSink out) throws IOException {
        JsonLexer lexer = new JsonLexer(text);
        JsonGrammar grammar = new JsonGrammar();
        int depth = 0;
        boolean justOpened = false;
        for (JsonTokenType t = lexer.next(); t != JsonTokenType.EOF; t = lexer.next()) {
            if (!grammar.accept(t)) {
                return lexer.start();
            }
            boolean closing = t == JsonTokenType.END_OBJECT || t == JsonTokenType.END_ARRAY;
            if (closing) {
                depth--;
            }
            if ((justOpened || closing) && !(justOpened && closing)) {
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
                    newline(out, depth);
                }
                case COLON -> out.append(": ");
                default -> out.append(text, lexer.start(), lexer.end());
            }
        }
        return grammar.isComplete() ? -1 : text.length();
    }

    private static void newline(Appendable out, int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }
}
