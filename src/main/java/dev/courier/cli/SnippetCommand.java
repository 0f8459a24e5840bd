package dev.courier.cli;

import dev.courier.codegen.SnippetOptions;
import dev.courier.codegen.SnippetTarget;
import dev.courier.codegen.SnippetTargets;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
        write(chosen.get().generate(withAuthFromHeader(spec.get()), options));
        return Cli.OK;
    }

    /**
     * Takes a single {@code Authorization: Bearer|Basic} header as the request's auth, so that the secret in it is
     * masked like any other; the bytes sent stay the same.
     */
    static RequestSpec withAuthFromHeader(RequestSpec spec) {
        List<Header> authorization = spec.headers().stream().filter(h -> h.hasName("Authorization")).toList();
        if (authorization.size() != 1) {
            return spec;
        }
        String value = authorization.get(0).value();
        Auth auth = null;
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            auth = new Auth.Bearer(value.substring(7).strip());
        } else if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                byte[] decoded = Base64.getDecoder().decode(value.substring(6).strip());
                String pair = new String(decoded, StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                auth = colon < 0 ? null : new Auth.Basic(pair.substring(0, colon), pair.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                auth = null;
            }
        }
        if (auth == null) {
            return spec;
        }
        List<Header> others = spec.headers().stream().filter(h -> !h.hasName("Authorization")).toList();
        return spec.withHeaders(others).withAuth(auth);
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
