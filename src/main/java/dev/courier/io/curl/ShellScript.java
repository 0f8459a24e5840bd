package dev.courier.io.curl;

import java.util.List;

/**
 * Pasted shell text split into commands.
 *
 * @param dialect  the dialect it was read in
 * @param commands the commands in order, none empty
 * @param warnings what the shell would have done that the tokenizer did not (expand a variable, …)
 */
public record ShellScript(ShellDialect dialect, List<ShellCommand> commands, List<String> warnings) {

    public ShellScript {
        commands = List.copyOf(commands);
        warnings = List.copyOf(warnings);
    }
}
