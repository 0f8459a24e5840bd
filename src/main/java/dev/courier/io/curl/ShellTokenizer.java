package dev.courier.io.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits pasted shell text into commands and their words, as the shell would (see {@link ShellDialect} for the
 * three dialects). Never throws: whatever the text, the result is some commands and warnings.
 *
 * <p>One leniency: a line break ends a command in every shell, but a line that starts with an option
 * ({@code -H …}) right after a command line is read as its continuation, with a warning, because that is what a
 * paste that lost its trailing backslashes meant.
 */
public final class ShellTokenizer {

    private ShellTokenizer() {
    }

    /** Tokenizes in the dialect {@link ShellDialect#detect} guesses. */
    public static ShellScript tokenize(String text) {
        String normalized = normalize(text);
        return tokenize(normalized, ShellDialect.detect(normalized));
    }

    /** Tokenizes in the given dialect. */
    public static ShellScript tokenize(String text, ShellDialect dialect) {
        String normalized = normalize(text);
        List<String> warnings = new ArrayList<>();
        List<ShellToken> tokens = switch (dialect) {
            case POSIX -> new PosixLexer(normalized, warnings).lex();
            case CMD -> new CmdLexer(normalized, warnings).lex();
            case POWERSHELL -> new PowerShellLexer(normalized, warnings).lex();
        };
        return new ShellScript(dialect, commands(tokens, warnings), warnings);
    }

    /** Windows line ends become {@code \n}; a byte-order mark is dropped. */
    private static String normalize(String text) {
        String s = text.replace("\r\n", "\n");
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<ShellCommand> commands(List<ShellToken> tokens, List<String> warnings) {
        List<ShellCommand> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StandardInput stdin = null;
        boolean warnedContinuation = false;
        for (int i = 0; i < tokens.size(); i++) {
            ShellToken token = tokens.get(i);
            ShellToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (token.kind()) {
                case WORD -> words.add(token.text());
                case STDIN_TEXT -> stdin = new StandardInput.Text(token.text());
                case REDIRECT -> {
                    if (next != null && next.isWord()) {
                        i++;
                        if (token.text().equals("<")) {
                            stdin = new StandardInput.File(next.text());
                        } else if (token.text().equals("<<<")) {
                            stdin = new StandardInput.Text(next.text() + "\n");
                        }
                    }
                }
                case NEWLINE -> {
                    boolean continues = !words.isEmpty() && next != null && next.isWord()
                            && next.text().startsWith("-");
                    if (continues && !warnedContinuation) {
                        warnings.add("A line break without a continuation mark (\\ ^ `) ends a command in a shell; "
                                + "the next line starts with an option, so it was read as part of the command");
                        warnedContinuation = true;
                    }
                    if (!continues) {
                        stdin = end(commands, words, stdin, "\n");
                    }
                }
                case OPERATOR -> stdin = end(commands, words, stdin, token.text());
                default -> throw new IllegalStateException("unknown token kind " + token.kind());
            }
        }
        end(commands, words, stdin, "");
        return commands;
    }

    /** Ends the command in progress (if it has words); returns the standard input of the next one: none. */
    private static StandardInput end(List<ShellCommand> commands, List<String> words, StandardInput stdin,
                                     String endedBy) {
        if (!words.isEmpty()) {
            commands.add(new ShellCommand(words, Optional.ofNullable(stdin), endedBy));
            words.clear();
        }
        return null;
    }
}
