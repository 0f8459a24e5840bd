package dev.courier.core.json;

/**
 * A tolerant JSON tokenizer over any character sequence: it never throws, turning text that is not JSON into
 * {@link JsonTokenType#ERROR} tokens and carrying on. Whitespace is skipped. The same tokens feed highlighting,
 * validation and formatting. A cursor rather than a token list, so a 100 MB document costs no per-token objects.
 */
public final class JsonLexer {

    private final CharSequence text;
    private final int length;
    private int position;
    private JsonTokenType type;
    private int start;
    private int end;
    private String error;

    public JsonLexer(CharSequence text) {
        this.text = text;
        this.length = text.length();
    }

    /** Advances to the next token and returns its type ({@link JsonTokenType#EOF} at the end, repeatedly). */
    public JsonTokenType next() {
        error = null;
        while (position < length && isWhitespace(text.charAt(position))) {
            position++;
        }
        start = position;
        if (position >= length) {
            end = position;
            return type = JsonTokenType.EOF;
        }
        char c = text.charAt(position);
        type = switch (c) {
            case '{' -> variableOrSingle(JsonTokenType.BEGIN_OBJECT);
            case '}' -> single(JsonTokenType.END_OBJECT);
            case '[' -> single(JsonTokenType.BEGIN_ARRAY);
            case ']' -> single(JsonTokenType.END_ARRAY);
            case ':' -> single(JsonTokenType.COLON);
            case ',' -> single(JsonTokenType.COMMA);
            case '"' -> string();
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                if (Character.isLetter(c) || c == '_' || c == '$') {
                    yield word();
                }
                position += Character.charCount(Character.codePointAt(text, position));
                yield fail("unexpected character " + quote(text.subSequence(start, position)));
            }
        };
        end = position;
        return type;
    }

    public JsonTokenType type() {
        return type;
    }

    /** Offset of the current token's first character. */
    public int start() {
        return start;
    }

    /** Offset just past the current token. */
    public int end() {
        return end;
    }

    /** Why the current {@link JsonTokenType#ERROR} token is not JSON; null for other tokens. */
    public String error() {
        return error;
    }

    public CharSequence tokenText() {
        return text.subSequence(start, end);
    }

    private JsonTokenType single(JsonTokenType t) {
        position++;
        return t;
    }

    private JsonTokenType variableOrSingle(JsonTokenType brace) {
        if (position + 1 < length && text.charAt(position + 1) == '{') {
            int close = variableEnd(position + 2);
            if (close > 0) {
                position = close;
                return JsonTokenType.VARIABLE;
            }
        }
        return single(brace);
    }

    /** The offset after the {@code }}} closing a variable name starting at {@code from}, or -1. */
    private int variableEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '}') {
                return i + 1 < length && text.charAt(i + 1) == '}' && i > from ? i + 2 : -1;
            }
            if (c == '{' || c == '"' || c == '\n' || c == '\r' || c == ',' || c == ':') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private JsonTokenType string() {
        position++;
        while (position < length) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return JsonTokenType.STRING;
            }
            if (c == '\n' || c == '\r') {
                return fail("unterminated string (a string cannot span lines; use \\n)");
            }
            if (c == '\\') {
                String problem = escape();
                if (problem != null) {
                    skipRestOfString();
                    return fail(problem);
                }
                continue;
            }
            if (c < 0x20) {
                skipRestOfString();
                return fail("control character U+" + String.format("%04X", (int) c) + " in string; escape it");
            }
            position++;
        }
        return fail("unterminated string");
    }

    /** Consumes one escape sequence at the current backslash; returns a problem or null. */
    private String escape() {
        if (position + 1 >= length) {
            position = length;
            return "unterminated string";
        }
        char e = text.charAt(position + 1);
        switch (e) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                position += 2;
                return null;
            }
            case 'u' -> {
                for (int i = 2; i < 6; i++) {
                    if (position + i >= length || Character.digit(text.charAt(position + i), 16) < 0) {
                        position += 2;
                        return "invalid unicode escape (\\u needs four hex digits)";
                    }
                }
                position += 6;
                return null;
            }
            default -> {
                position += 2;
                return "invalid escape \\" + e + " in string";
            }
        }
    }

    private void skipRestOfString() {
        while (position < length) {
            char c = text.charAt(position);
            if (c == '\n' || c == '\r') {
                return;
            }
            position++;
            if (c == '\\' && position < length && text.charAt(position) != '\n') {
                position++;
            } else if (c == '"') {
                return;
            }
        }
    }

    private JsonTokenType number() {
        while (position < length && isNumberChar(text.charAt(position))) {
            position++;
        }
        return isValidNumber(start, position) ? JsonTokenType.NUMBER
                : fail("invalid number " + quote(text.subSequence(start, position)));
    }

    private boolean isValidNumber(int from, int to) {
        int i = from;
        if (i < to && text.charAt(i) == '-') {
            i++;
        }
        if (i >= to) {
            return false;
        }
        if (text.charAt(i) == '0') {
            i++;
        } else {
            int digits = digits(i, to);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        if (i < to && text.charAt(i) == '.') {
            int digits = digits(i + 1, to);
            if (digits == 0) {
                return false;
            }
            i += 1 + digits;
        }
        if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int digits = digits(i, to);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        return i == to;
    }

    private int digits(int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private JsonTokenType word() {
        while (position < length && (Character.isLetterOrDigit(text.charAt(position))
                || text.charAt(position) == '_' || text.charAt(position) == '$')) {
            position++;
        }
        String word = text.subSequence(start, position).toString();
        return switch (word) {
            case "true" -> JsonTokenType.TRUE;
            case "false" -> JsonTokenType.FALSE;
            case "null" -> JsonTokenType.NULL;
            default -> fail("unexpected word " + quote(word) + " (strings need double quotes)");
        };
    }

    private JsonTokenType fail(String message) {
        error = message;
        return JsonTokenType.ERROR;
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    static String quote(CharSequence s) {
        String t = s.length() > 40 ? s.subSequence(0, 40) + "…" : s.toString();
        return "'" + t + "'";
    }
}
