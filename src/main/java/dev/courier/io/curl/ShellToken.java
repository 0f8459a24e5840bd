package dev.courier.io.curl;

/**
 * One lexical unit of a shell command line, after quotes and escapes are resolved.
 *
 * @param kind what it is
 * @param text a word's value; an operator's spelling ({@code &&}, {@code ;}, {@code |}, {@code >}, {@code <}); the
 *             body of a here-document
 */
record ShellToken(Kind kind, String text) {

    /** What a token is. */
    enum Kind {
        /** An argument. */
        WORD,
        /** A command separator: {@code ; & && | ||}. */
        OPERATOR,
        /** An unescaped line break, which ends a command. */
        NEWLINE,
        /** A redirection operator; the next WORD is its target. */
        REDIRECT,
        /** Text for standard input given in place (here-document or here-string). */
        STDIN_TEXT
    }

    static ShellToken word(String text) {
        return new ShellToken(Kind.WORD, text);
    }

    static ShellToken operator(String text) {
        return new ShellToken(Kind.OPERATOR, text);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }
}
