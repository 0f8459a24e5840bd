package dev.courier.codegen;

/**
 * Quotes words for POSIX shells (bash, zsh, dash): single quotes, where nothing is special, with each {@code '}
 * written as {@code '\''}. Words made only of characters no shell treats specially stay bare.
 */
public final class PosixShellQuoting {

    private PosixShellQuoting() {
    }

    /** The shell word for {@code text}: bare when safe, else single-quoted. */
    public static String quote(String text) {
        if (!text.isEmpty() && isSafe(text)) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** One shell word for a value: literal runs quoted, hidden secrets as {@code "$API_TOKEN"} expansions. */
    public static String word(SnippetValue value) {
        return value.expression(PosixShellQuoting::quote, s -> "\"$" + s.environmentVariable() + "\"", "");
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "@%+=:,./_-".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }
}
