package dev.courier.codegen;

/**
 * Quotes strings for PowerShell: single-quoted (verbatim) strings, where only the quote itself is special. PowerShell
 * also takes the typographic single quotes (U+2018..U+201B) as quotes, so they are doubled too.
 */
public final class PowerShellQuoting {

    private PowerShellQuoting() {
    }

    /** A verbatim string literal for {@code text}. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c >= '\u2018' && c <= '\u201B') {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** An expression for a value: literals quoted, hidden secrets read with {@code $env:API_TOKEN}, joined by +. */
    public static String expression(SnippetValue value) {
        String joined = value.expression(PowerShellQuoting::quote, s -> "$env:" + s.environmentVariable(), " + ");
        return value.pieces().size() > 1 ? "(" + joined + ")" : joined;
    }
}
