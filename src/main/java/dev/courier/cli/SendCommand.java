package dev.courier.cli;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code courier send}: one request, response printed as status line, headers, blank line, body. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send one HTTP request and print the response: status line, headers, a blank line, the body.",
                "Exit code 0 for any HTTP response, 1 when no response arrived, 2 for bad usage.",
                "With --curl, the request starts as the imported curl command and the other options change it:",
                "--url and -X replace, -H replaces imported headers of its name, -d replaces the body, -m the limit."})
final class SendCommand implements Callable<Integer> {

    @Mixin
    private RequestOptions request;

    @Option(names = {"-m", "--timeout"}, paramLabel = "SECONDS",
            description = "Give up when the whole exchange takes longer (default: 30, or the curl command's -m)")
    private Double timeoutSeconds;

    private final HttpEngine engine;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SendCommand(HttpEngine engine, InputStream in, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.err = err;
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
        RequestSpec spec = composed.get();
        if (timeoutSeconds != null) {
            spec = spec.withSettings(spec.settings().withTotalTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))));
        }
        try {
            print(engine.send(spec).join());
            return Cli.OK;
        } catch (CompletionException e) {
            String reason = e.getCause() instanceof TransportFailure failure ? failure.getMessage()
                    : String.valueOf(e.getCause());
            err.println("courier: " + reason);
            return Cli.TRANSPORT_FAILURE;
        }
    }

    private void print(Exchange exchange) {
        StringBuilder head = new StringBuilder(exchange.statusLine()).append('\n');
        for (Header h : exchange.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        head.append('\n');
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(exchange.body());
        out.flush();
    }
}
