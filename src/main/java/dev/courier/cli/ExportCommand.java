package dev.courier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code courier export}: the group of exporters ({@code postman}, {@code postman-env}). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a Courier collection or environment in another tool's format.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line for {@code export} with its exporters. */
    static CommandLine create(PrintStream out, PrintStream err, Path home) {
        return new CommandLine(new ExportCommand()).addSubcommand(new ExportPostmanCommand(out, err))
                .addSubcommand(new ExportPostmanEnvCommand(out, err, home));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
