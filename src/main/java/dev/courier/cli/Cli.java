package dev.courier.cli;

import dev.courier.core.Version;
import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.io.AppPaths;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line on the same jar as the window. Exit codes: 0 success (any HTTP response counts),
 * 1 the request got no response (transport failure), 2 bad usage or unreadable input, 3 unresolved
 * {@code {{variables}}} (nothing was sent).
 */
@Command(name = "courier", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Courier: compose and send HTTP requests. Without arguments, opens the window.",
        subcommands = CommandLine.HelpCommand.class)
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int TRANSPORT_FAILURE = 1;
    public static final int USAGE = 2;
    public static final int UNRESOLVED_VARIABLES = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs a command line, writing to the given streams, and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs a command line with the given standard input and output streams, and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, AppPaths.home());
    }

    /** Runs a command line whose global variables, environments and secrets are in {@code home}. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path home) {
        // like curl: a fresh cookie jar per run, proxies from the environment unless --proxy says otherwise
        HttpEngine engine = new HttpEngine(new CookieJar(), NetworkPreferences.system());
        CommandLine commandLine = new CommandLine(new Cli())
                .addSubcommand(new SendCommand(engine, in, out, err, home))
                .addSubcommand(ImportCommand.create(in, out, err, home))
                .addSubcommand(ExportCommand.create(out, err, home))
                .addSubcommand(new RunCommand(engine, out, err, home))
                .addSubcommand(new FormatCommand(in, out, err))
                .addSubcommand(new SnippetCommand(in, out, err))
                .setExpandAtFiles(false) // "@file" belongs to --data, as in curl
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports Courier's version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"courier " + Version.current()};
        }
    }
}
