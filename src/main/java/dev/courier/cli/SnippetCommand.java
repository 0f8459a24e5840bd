package dev.courier.cli;

import dev.courier.codegen.HeaderAuth;
import dev.courier.codegen.SnippetOptions;
import dev.courier.codegen.SnippetTarget;
import dev.courier.codegen.SnippetTargets;
import dev.courier.core.model.RequestSpec;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code courier snippet}: the code that sends a request, in one of the snippet targets; only the code on stdout. */
@Command(name = "snippet", mixinStandardHelpOptions = true,
        description = {"Print code that sends the request described by --method, --url, --header, --data or --curl.",
                "Secrets are masked unless --no-mask. Exit code 2 for bad usage or an unknown target."})
final class SnippetCommand implements Callable<Integer> {

    @Mixin
    private RequestOptions request;

    @Option(names = "--list", description = "List the target ids and their names")
    private boolean list;

    @Option(names = {"-t", "--target"}, paramLabel = "ID", description = "The language or tool, e.g. curl, "
            + "python-requests (see --list)")
    private String target;

    @Option(names = "--no-mask", description = "Write tokens, passwords and API keys as they are")
    private boolean noMask;

    @Option(names = "--short", description = "Short command-line options (-H rather than --header) where a tool has "
            + "both")
    private boolean shortOptions;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SnippetCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (list) {
            StringBuilder lines = new StringBuilder();
            for (SnippetTarget t : SnippetTargets.all()) {
                lines.append(String.format("%-20s %s%n", t.id(), t.displayName()));
            }
            write(lines.toString());
            return Cli.OK;
        }
        if (target == null) {
            err.println("courier: choose a target with --target ID; 'courier snippet --list' lists them");
            return Cli.USAGE;
        }
        Optional<SnippetTarget> chosen = SnippetTargets.byId(target);
        if (chosen.isEmpty()) {
            err.println("courier: unknown snippet target \"" + target + "\"; 'courier snippet --list' lists them");
            return Cli.USAGE;
        }
        Optional<RequestSpec> spec = request.toSpec(in, err);
        if (spec.isEmpty()) {
            return Cli.USAGE;
        }
        SnippetOptions options = SnippetOptions.DEFAULTS.withMaskSecrets(!noMask).withLongOptions(!shortOptions);
        write(chosen.get().generate(HeaderAuth.lift(spec.get()), options));
        return Cli.OK;
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
