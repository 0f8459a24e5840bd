package dev.courier.codegen;

import java.util.List;

/**
 * Quotes arguments for a program started from the Windows command prompt (cmd.exe), in two layers. Inner: the
 * Microsoft C runtime's rules, which split the command line (a {@code "} inside is {@code \"}, and backslashes
 * before a quote are doubled). Outer: cmd's own parser, which must not act on anything, so the quotes are written
 * {@code ^"} (cmd does not enter quote mode) and every other character it could act on is escaped with {@code ^}.
 * A {@code %} that could start a variable becomes {@code %^}, which no variable matches in the interactive prompt.
 * A newline is {@code ^} followed by two newlines: the caret escapes the first, the second is the character.
 */
public final class CmdQuoting {

    private CmdQuoting() {
    }

    /** The argument for {@code text}: bare when safe, else quoted for both layers. */
    public static String quote(String text) {
        return isSafe(text) ? text : "^\"" + escape(crtQuoted(text)) + "^\"";
    }

    /** One argument for a value: literal runs quoted, hidden secrets as {@code %API_TOKEN%} expansions. */
    public static String word(SnippetValue value) {
        if (value.isLiteral()) {
            return quote(value.literal());
        }
        StringBuilder inner = new StringBuilder();
        List<SnippetValue.Piece> pieces = value.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof SnippetValue.Hidden hidden) {
                inner.append('%').append(hidden.secret().environmentVariable()).append('%');
            } else {
                String text = ((SnippetValue.Literal) pieces.get(i)).text();
                inner.append(escape(i == pieces.size() - 1 ? crtQuoted(text) : crtEscaped(text)));
            }
        }
        return "^\"" + inner + "^\"";
    }

    /** The C runtime's quoting: backslashes before a quote (or the closing quote) doubled, quotes escaped. */
    static String crtQuoted(String text) {
        String escaped = crtEscaped(text);
        int trailing = 0;
        while (trailing < escaped.length() && escaped.charAt(escaped.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        return escaped + "\\".repeat(trailing);
    }

    private static String crtEscaped(String text) {
        StringBuilder out = new StringBuilder();
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                out.append("\\".repeat(2 * backslashes + 1));
            } else {
                out.append("\\".repeat(backslashes));
            }
            backslashes = 0;
            out.append(c);
        }
        return out.append("\\".repeat(backslashes)).toString();
    }

    /** cmd's layer: carets before everything cmd could act on; quotes included, so cmd never enters quote mode. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // a CRLF is written as one line break
            }
            if (c == '\n') {
                out.append("^\n\n");
            } else if (c == '%') {
                boolean variableStart = i + 1 < text.length() && isWordChar(text.charAt(i + 1));
                out.append(variableStart ? "%^" : "%");
            } else if ("^&|<>()\"!".indexOf(c) >= 0) {
                out.append('^').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWordChar(c) && "-.:/=+,@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
