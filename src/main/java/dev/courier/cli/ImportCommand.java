package dev.courier.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code courier import}: the group of importers ({@code curl}, {@code postman}). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn a request, collection or environment written for another tool into Courier's files.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line for {@code import} with its importers. */
    static CommandLine create(InputStream in, PrintStream out, PrintStream err, Path home) {
        CommandLine curl = new CommandLine(new ImportCurlCommand(in, out, err))
                .setStopAtPositional(true); // everything after the command's first word belongs to curl
        return new CommandLine(new ImportCommand()).addSubcommand(curl)
                .addSubcommand(new ImportPostmanCommand(out, err))
                .addSubcommand(new ImportPostmanEnvCommand(err, home));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
