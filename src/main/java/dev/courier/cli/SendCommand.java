package dev.courier.cli;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code courier send}: one request, response printed as status line, headers, blank line, body. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send one HTTP request and print the response: status line, headers, a blank line, the body.",
                "Exit code 0 for any HTTP response, 1 when no response arrived, 2 for bad usage."})
final class SendCommand implements Callable<Integer> {

    @Option(names = {"-X", "--method"}, paramLabel = "METHOD",
            description = "HTTP method (default: POST with --data, GET otherwise)")
    private String method;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "URL to send to (http:// if no scheme)")
    private String url;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "Request header; repeatable")
    private List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "STRING|@FILE",
            description = "Request body as given, or read from FILE (@- reads standard input). A JSON body without a "
                    + "Content-Type header is sent as application/json.")
    private String data;

    @Option(names = {"-m", "--timeout"}, paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up when the whole exchange takes longer (default: ${DEFAULT-VALUE})")
    private double timeoutSeconds;

    private final HttpEngine engine;
    private final PrintStream out;
    private final PrintStream err;

    SendCommand(HttpEngine engine, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<Header> requestHeaders = new ArrayList<>();
        for (String line : headers) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                err.println("courier: invalid header \"" + line + "\": expected 'Name: value'");
                return Cli.USAGE;
            }
            requestHeaders.add(Header.of(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        String body;
        try {
            body = data == null ? "" : readData(data);
        } catch (IOException e) {
            err.println("courier: cannot read " + data.substring(1) + ": " + e.getMessage());
            return Cli.USAGE;
        }
        if (!body.isBlank() && !Headers.containsEnabled(requestHeaders, "Content-Type")
                && JsonValidator.check(body, false).isValid()) {
            requestHeaders.add(Header.of("Content-Type", "application/json"));
        }
        if (timeoutSeconds <= 0) {
            err.println("courier: --timeout must be positive");
            return Cli.USAGE;
        }
        String verb = method != null ? method : data != null ? "POST" : "GET";
        RequestSettings settings = RequestSettings.DEFAULTS
                .withTotalTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        RequestSpec spec = RequestSpec.of(verb, url, requestHeaders, Body.ofText(body)).withSettings(settings);
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

    private static String readData(String data) throws IOException {
        if (!data.startsWith("@")) {
            return data;
        }
        String file = data.substring(1);
        byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
