package dev.courier.codegen;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A shell a command-line snippet is written for: how it quotes a word and how a command continues on a new line. */
public enum ShellDialect {
    POSIX(PosixShellQuoting::word, " \\"),
    CMD(CmdQuoting::word, " ^");

    private final Function<SnippetValue, String> word;
    private final String continuation;

    ShellDialect(Function<SnippetValue, String> word, String continuation) {
        this.word = word;
        this.continuation = continuation;
    }

    /** The word for a value, quoted as this shell needs. */
    public String word(SnippetValue value) {
        return word.apply(value);
    }

    public String word(String text) {
        return word.apply(SnippetValue.of(text));
    }

    /** One command: the program on the first line, then each already-quoted option line indented. */
    public String command(String program, List<String> lines) {
        if (lines.isEmpty()) {
            return program + "\n";
        }
        return program + continuation + "\n" + lines.stream().map(l -> "  " + l)
                .collect(Collectors.joining(continuation + "\n")) + "\n";
    }
}
