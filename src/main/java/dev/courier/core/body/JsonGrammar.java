package dev.courier.core.body;

import dev.courier.core.json.JsonTokenType;
import java.util.Arrays;

/**
 * JSON's grammar checked token by token as a formatter streams them, so a large document can be pretty-printed in
 * one pass and still stop at the first place it is not JSON. Accepts what {@link dev.courier.core.json.JsonValidator}
 * accepts; that validator, run up to the same place, words the message.
 */
final class JsonGrammar {

    private enum Expect { VALUE, VALUE_OR_END, KEY, KEY_OR_END, COLON, COMMA_OR_END, NOTHING }

    private boolean[] objects = new boolean[64];
    private int depth;
    private Expect expect = Expect.VALUE;

    /** Whether {@code token} may come next; false at the first token that breaks the grammar. */
    boolean accept(JsonTokenType token) {
        switch (expect) {
            case VALUE, VALUE_OR_END -> {
                if (token == JsonTokenType.END_ARRAY && expect == Expect.VALUE_OR_END) {
                    return close();
                }
                if (token == JsonTokenType.BEGIN_OBJECT || token == JsonTokenType.BEGIN_ARRAY) {
                    open(token == JsonTokenType.BEGIN_OBJECT);
                    return true;
                }
                return token.isValue() && value();
            }
            case KEY, KEY_OR_END -> {
                if (token == JsonTokenType.STRING || token == JsonTokenType.VARIABLE) {
                    expect = Expect.COLON;
                    return true;
                }
                return token == JsonTokenType.END_OBJECT && expect == Expect.KEY_OR_END && close();
            }
            case COLON -> {
                expect = Expect.VALUE;
                return token == JsonTokenType.COLON;
            }
            case COMMA_OR_END -> {
                boolean inObject = objects[depth - 1];
                if (token == JsonTokenType.COMMA) {
                    expect = inObject ? Expect.KEY : Expect.VALUE;
                    return true;
                }
                return (token == (inObject ? JsonTokenType.END_OBJECT : JsonTokenType.END_ARRAY)) && close();
            }
            default -> {
                return false; // anything after the document
            }
        }
    }

    /** Whether the tokens so far make one whole document. */
    boolean isComplete() {
        return expect == Expect.NOTHING;
    }

    private void open(boolean object) {
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
        }
        objects[depth++] = object;
        expect = object ? Expect.KEY_OR_END : Expect.VALUE_OR_END;
    }

    private boolean close() {
        depth--;
        return value();
    }

    private boolean value() {
        expect = depth == 0 ? Expect.NOTHING : Expect.COMMA_OR_END;
        return true;
    }
}
