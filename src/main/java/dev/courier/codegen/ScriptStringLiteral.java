package dev.courier.codegen;

import java.util.function.Function;

/**
 * String literals of PHP and Ruby, which quote alike: single-quoted (only {@code \\} and {@code \'} are escapes)
 * unless the text holds control characters, which only double-quoted strings can escape; there the character that
 * starts interpolation ({@code $} in PHP, {@code #} in Ruby) is escaped too.
 */
public enum ScriptStringLiteral {

    PHP('$', "\\x%02x", " . ", name -> "getenv('" + name + "')"),
    RUBY('#', "\\x%02X", " + ", name -> "ENV.fetch('" + name + "')");

    private final char interpolation;
    private final String hexEscape;
    private final String concatenation;
    private final Function<String, String> environmentLookup;

    ScriptStringLiteral(char interpolation, String hexEscape, String concatenation,
                        Function<String, String> environmentLookup) {
        this.interpolation = interpolation;
        this.hexEscape = hexEscape;
        this.concatenation = concatenation;
        this.environmentLookup = environmentLookup;
    }

    /** The literal for {@code text}. */
    public String quote(String text) {
        if (text.chars().noneMatch(c -> c < 0x20 || c == 0x7F)) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == interpolation) {
                        out.append('\\').append(c);
                    } else {
                        out.append(c < 0x20 || c == 0x7F ? String.format(hexEscape, (int) c) : String.valueOf(c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An expression for a value: literals quoted, hidden secrets read from the environment. */
    public String expression(SnippetValue value) {
        return value.expression(this::quote, s -> environmentLookup.apply(s.environmentVariable()), concatenation);
    }
}
