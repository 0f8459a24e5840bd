package dev.courier.codegen;

/**
 * PHP string literals: single-quoted (only {@code \\} and {@code \'} are escapes, {@code $} is plain) unless the
 * text holds control characters, which only double-quoted strings can escape; there {@code $} is escaped too.
 */
public final class PhpStringLiteral {

    private PhpStringLiteral() {
    }

    /** The literal for {@code text}. */
    public static String quote(String text) {
        if (text.chars().noneMatch(c -> c < 0x20 || c == 0x7F)) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '$' -> out.append("\\$");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7F ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** An expression for a value: literals quoted, hidden secrets read with {@code getenv('API_TOKEN')}. */
    public static String expression(SnippetValue value) {
        return value.expression(PhpStringLiteral::quote, s -> "getenv('" + s.environmentVariable() + "')", " . ");
    }
}
