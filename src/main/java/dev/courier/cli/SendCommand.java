package dev.courier.cli;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.SendOptions;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.proxy.ProxyUrl;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.SecretValues;
import dev.courier.core.vars.VariableContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code courier send}: one request, response printed as status line, headers, blank line, body. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send one HTTP request and print the response: status line, headers, a blank line, the body.",
                "Exit code 0 for any HTTP response, 1 when no (complete) response arrived, 2 for bad usage.",
                "With --output, the body streams to a file and is not printed; any size works in a small heap.",
                "With --curl, the request starts as the imported curl command and the other options change it:",
                "--url and -X replace, -H replaces imported headers of its name, -d replaces the body, -m the limit.",
                "{{variables}} are resolved from --var, the --env global environment and the global variables;",
                "when some have no value nothing is sent and the exit code is 3 (unless --allow-unresolved)."})
final class SendCommand implements Callable<Integer> {

    @Mixin
    private RequestOptions request;

    @Mixin
    private VariableOptions variables = new VariableOptions();

    @Option(names = {"-m", "--timeout"}, paramLabel = "SECONDS",
            description = "Give up when the whole exchange takes longer (default: 30, or the curl command's -m)")
    private Double timeoutSeconds;

    @Option(names = "--proxy", paramLabel = "URL",
            description = "Send through this HTTP proxy: [http://][user:password@]host[:port] (default port 1080). "
                    + "Without it, http_proxy, https_proxy and no_proxy from the environment apply, as in curl")
    private String proxy;

    @Option(names = {"-k", "--insecure"}, description = "Do not verify the server's TLS certificate and host name")
    private boolean insecure;

    @Option(names = "--no-user-agent", description = "Do not add Courier's User-Agent header")
    private boolean noUserAgent;

    @Option(names = "--max-redirects", paramLabel = "N", description = "Follow at most N redirects (default: 10)")
    private Integer maxRedirects;

    @Option(names = "--no-follow", description = "Do not follow redirects; print the 3xx response")
    private boolean noFollow;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the response body to FILE (streamed, any size) instead of printing it")
    private Path output;

    private final HttpEngine engine;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SendCommand(HttpEngine engine, InputStream in, PrintStream out, PrintStream err, Path home) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.err = err;
        variables.home(home);
    }

    @Override
    public Integer call() {
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            err.println("courier: --timeout must be positive");
            return Cli.USAGE;
        }
        Optional<RequestSpec> composed = request.toSpec(in, err);
        if (composed.isEmpty()) {
            return Cli.USAGE;
        }
        Optional<VariableContext> context = variables.context(null, null, err);
        if (context.isEmpty()) {
            return Cli.USAGE;
        }
        Resolution<RequestSpec> resolution = context.get().resolveScratch(composed.get());
        if (!variables.accept(resolution, "", err)) {
            err.println("courier: nothing was sent (give values with --var or --env, or send anyway with "
                    + "--allow-unresolved)");
            return Cli.UNRESOLVED_VARIABLES;
        }
        Set<String> secrets = resolution.secretValues();
        RequestSpec spec = resolution.value();
        if (timeoutSeconds != null) {
            Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
            spec = spec.withSettings(spec.settings().withTotalTimeout(timeout));
        }
        Optional<RequestSettings> settings = connectionSettings(spec.settings());
        if (settings.isEmpty()) {
            return Cli.USAGE;
        }
        spec = spec.withSettings(settings.get());
        if (output != null && (Files.isDirectory(output) || output.toAbsolutePath().getParent() == null
                || !Files.isDirectory(output.toAbsolutePath().getParent()))) {
            err.println("courier: --output " + output + " is not a file in an existing directory");
            return Cli.USAGE;
        }
        SendOptions options = output == null ? SendOptions.DEFAULTS : SendOptions.DEFAULTS.savingBodyTo(output);
        try {
            Exchange exchange = engine.send(spec, options).join();
            try {
                print(exchange);
            } finally {
                exchange.body().close();
            }
            exchange.notes().forEach(note -> err.println("courier: " + SecretValues.mask(note, secrets)));
            return exchange.complete() ? Cli.OK : Cli.TRANSPORT_FAILURE;
        } catch (IOException e) {
            err.println("courier: could not read the response body: " + e.getMessage());
            return Cli.TRANSPORT_FAILURE;
        } catch (CompletionException e) {
            String reason = e.getCause() instanceof TransportFailure failure ? failure.getMessage()
                    : String.valueOf(e.getCause());
            err.println("courier: " + SecretValues.mask(reason, secrets));
            return Cli.TRANSPORT_FAILURE;
        }
    }

    /** The settings changed by --proxy, -k, --no-user-agent, --max-redirects and --no-follow. */
    private Optional<RequestSettings> connectionSettings(RequestSettings settings) {
        RequestSettings changed = settings;
        if (proxy != null) {
            try {
                changed = changed.withProxy(ProxyUrl.parse(proxy, List.of()));
            } catch (IllegalArgumentException e) {
                err.println("courier: --proxy: " + e.getMessage());
                return Optional.empty();
            }
        }
        if (maxRedirects != null) {
            if (maxRedirects < 0) {
                err.println("courier: --max-redirects must be 0 or more");
                return Optional.empty();
            }
            changed = changed.withMaxRedirects(maxRedirects);
        }
        if (insecure) {
            changed = changed.withVerifyTls(false);
        }
        if (noUserAgent) {
            changed = changed.withSendUserAgent(false);
        }
        if (noFollow) {
            changed = changed.withFollowRedirects(false);
        }
        return Optional.of(changed);
    }

    private void print(Exchange exchange) throws IOException {
        StringBuilder head = new StringBuilder(exchange.statusLine()).append('\n');
        for (Header h : exchange.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        head.append('\n');
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (output == null) {
            try (InputStream body = exchange.body().openStream()) {
                body.transferTo(out);
            }
        }
        out.flush();
    }
}
