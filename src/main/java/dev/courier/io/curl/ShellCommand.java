package dev.courier.io.curl;

import java.util.List;
import java.util.Optional;

/**
 * One simple command of a shell line: its words after quote removal, what it reads from standard input, and the
 * operator that ended it ({@code &&}, {@code ;}, {@code |}, … or empty at the end of the text).
 */
public record ShellCommand(List<String> words, Optional<StandardInput> stdin, String endedBy) {

    public ShellCommand {
        words = List.copyOf(words);
    }
}
