package dev.courier.core.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a text is one JSON document and explains the first place where it is not, in words a person
 * understands ("missing comma between elements", "trailing comma"). Iterative, so nesting depth is not limited
 * by the thread's stack. Empty or blank text is valid: it means "no body".
 */
public final class JsonValidator {

    private enum Expect { VALUE, VALUE_OR_END, KEY, KEY_OR_END, COLON, COMMA_OR_END, NOTHING }

    /** One open object or array. */
    private static final class Container {
        final boolean object;
        final int openOffset;
        final Set<String> keys;

        Container(boolean object, int openOffset, boolean trackKeys) {
            this.object = object;
            this.openOffset = openOffset;
            this.keys = object && trackKeys ? new HashSet<>() : null;
        }
    }

    private JsonValidator() {
    }

    /** Validates {@code text}, reporting duplicate keys as warnings. */
    public static JsonCheck check(CharSequence text) {
        return check(text, true);
    }

    /** Validates {@code text}; skip the duplicate-key warnings for very large documents. */
    public static JsonCheck check(CharSequence text, boolean warnDuplicateKeys) {
        List<JsonProblem> warnings = new ArrayList<>();
        Deque<Container> open = new ArrayDeque<>();
        JsonLexer lexer = new JsonLexer(text);
        Expect expect = Expect.VALUE;
        int lastComma = -1;
        boolean empty = true;
        for (JsonTokenType t = lexer.next(); ; t = lexer.next()) {
            if (t == JsonTokenType.EOF) {
                if (empty || expect == Expect.NOTHING) {
                    return new JsonCheck(Optional.empty(), warnings);
                }
                String unclosed = open.isEmpty() ? "" : " (the " + (open.peek().object ? "'{'" : "'['")
                        + " at " + position(text, open.peek().openOffset) + " is never closed)";
                return fail(text, lexer, warnings, "unexpected end of input" + unclosed);
            }
            empty = false;
            if (t == JsonTokenType.ERROR) {
                return fail(text, lexer, warnings, lexer.error());
            }
            Container top = open.peek();
            switch (expect) {
                case NOTHING -> {
                    return fail(text, lexer, warnings, "unexpected " + describe(lexer)
                            + " after the end of the JSON document");
                }
                case VALUE, VALUE_OR_END -> {
                    if (t == JsonTokenType.END_ARRAY && top != null && !top.object) {
                        if (expect == Expect.VALUE) {
                            return fail(text, lastComma, 1, warnings, "trailing comma before ']'");
                        }
                        open.pop();
                        expect = afterValue(open);
                    } else if (t == JsonTokenType.BEGIN_OBJECT || t == JsonTokenType.BEGIN_ARRAY) {
                        boolean object = t == JsonTokenType.BEGIN_OBJECT;
                        open.push(new Container(object, lexer.start(), warnDuplicateKeys));
                        expect = object ? Expect.KEY_OR_END : Expect.VALUE_OR_END;
                    } else if (t.isValue()) {
                        expect = afterValue(open);
                    } else if (t == JsonTokenType.COMMA && expect == Expect.VALUE && lastComma >= 0
                            && top != null && !top.object) {
                        return fail(text, lexer, warnings, "missing value between commas");
                    } else {
                        return fail(text, lexer, warnings, "expected a value but found " + describe(lexer));
                    }
                }
                case KEY, KEY_OR_END -> {
                    if (t == JsonTokenType.STRING || t == JsonTokenType.VARIABLE) {
                        String key = lexer.tokenText().toString();
                        if (top.keys != null && t == JsonTokenType.STRING && !top.keys.add(key)) {
                            warnings.add(JsonProblem.at(JsonProblem.Severity.WARNING, text, lexer.start(),
                                    lexer.end() - lexer.start(), "duplicate key " + key));
                        }
                        expect = Expect.COLON;
                    } else if (t == JsonTokenType.END_OBJECT) {
                        if (expect == Expect.KEY) {
                            return fail(text, lastComma, 1, warnings, "trailing comma before '}'");
                        }
                        open.pop();
                        expect = afterValue(open);
                    } else {
                        return fail(text, lexer, warnings, "expected a property name in double quotes but found "
                                + describe(lexer));
                    }
                }
                case COLON -> {
                    if (t != JsonTokenType.COLON) {
                        return fail(text, lexer, warnings, "expected ':' after the property name but found "
                                + describe(lexer));
                    }
                    expect = Expect.VALUE;
                    lastComma = -1;
                }
                case COMMA_OR_END -> {
                    if (t == JsonTokenType.COMMA) {
                        lastComma = lexer.start();
                        expect = top.object ? Expect.KEY : Expect.VALUE;
                    } else if ((t == JsonTokenType.END_OBJECT && top.object)
                            || (t == JsonTokenType.END_ARRAY && !top.object)) {
                        open.pop();
                        expect = afterValue(open);
                    } else if (t.isValue() || t == JsonTokenType.BEGIN_OBJECT || t == JsonTokenType.BEGIN_ARRAY) {
                        return fail(text, lexer, warnings, top.object ? "missing comma between properties"
                                : "missing comma between elements");
                    } else {
                        String expected = top.object ? "',' or '}'" : "',' or ']'";
                        return fail(text, lexer, warnings, "expected " + expected + " but found " + describe(lexer));
                    }
                }
                default -> throw new IllegalStateException(expect.name());
            }
        }
    }

    private static Expect afterValue(Deque<Container> open) {
        return open.isEmpty() ? Expect.NOTHING : Expect.COMMA_OR_END;
    }

    private static String describe(JsonLexer lexer) {
        return switch (lexer.type()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE, NULL, VARIABLE -> JsonLexer.quote(lexer.tokenText());
            default -> JsonLexer.quote(lexer.tokenText());
        };
    }

    private static String position(CharSequence text, int offset) {
        JsonProblem p = JsonProblem.at(JsonProblem.Severity.ERROR, text, offset, 1, "");
        return "line " + p.line() + ", column " + p.column();
    }

    private static JsonCheck fail(CharSequence text, JsonLexer lexer, List<JsonProblem> warnings, String message) {
        return fail(text, lexer.start(), Math.max(0, lexer.end() - lexer.start()), warnings, message);
    }

    private static JsonCheck fail(CharSequence text, int offset, int length, List<JsonProblem> warnings,
                                  String message) {
        return new JsonCheck(Optional.of(JsonProblem.at(JsonProblem.Severity.ERROR, text, offset, length, message)),
                warnings);
    }
}
