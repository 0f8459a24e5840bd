package dev.courier.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code courier export}: the group of exporters; {@code postman} is the first. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a Courier collection in another tool's format.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line for {@code export} with its exporters. */
    static CommandLine create(PrintStream out, PrintStream err) {
        return new CommandLine(new ExportCommand()).addSubcommand(new ExportPostmanCommand(out, err));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
