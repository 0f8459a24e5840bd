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
import dev.courier.io.curl.CurlImportException;
import java.io.IOException;
import java.io.InputStream;
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
                "Exit code 0 for any HTTP response, 1 when no response arrived, 2 for bad usage.",
                "With --curl, the request starts as the imported curl command and the other options change it:",
                "--url and -X replace, -H replaces imported headers of its name, -d replaces the body, -m the limit."})
final class SendCommand implements Callable<Integer> {

    @Option(names = {"-X", "--method"}, paramLabel = "METHOD",
            description = "HTTP method (default: POST with --data, GET otherwise)")
    private String method;

    @Option(names = "--url", paramLabel = "URL",
            description = "URL to send to (http:// if no scheme); required unless --curl gives one")
    private String url;

    @Option(names = "--curl", paramLabel = "'curl …'",
            description = "Start from this curl command, imported as curl would send it (- reads it from standard "
                    + "input); warnings go to standard error")
    private String curl;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "Request header; repeatable")
    private List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "STRING|@FILE",
            description = "Request body as given, or read from FILE (@- reads standard input). A JSON body without a "
                    + "Content-Type header is sent as application/json.")
    private String data;

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
        if (url == null && curl == null) {
            err.println("courier: give --url, or a curl command with --curl");
            return Cli.USAGE;
        }
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
            body = data == null ? "" : readData(data, in);
        } catch (IOException e) {
            err.println("courier: cannot read " + data.substring(1) + ": " + e.getMessage());
            return Cli.USAGE;
        }
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            err.println("courier: --timeout must be positive");
            return Cli.USAGE;
        }
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        RequestSpec spec;
        if (curl != null) {
            try {
                spec = CurlOverrides.apply(ImportCurlCommand.importCurl(List.of(curl), null, in, err).request(),
                        method, url, requestHeaders, data == null ? null : body, timeout);
            } catch (CurlImportException | IOException e) {
                err.println("courier: " + e.getMessage());
                return Cli.USAGE;
            }
        } else {
            if (!body.isBlank() && !Headers.containsEnabled(requestHeaders, "Content-Type")
                    && JsonValidator.check(body, false).isValid()) {
                requestHeaders.add(Header.of("Content-Type", "application/json"));
            }
            String verb = method != null ? method : data != null ? "POST" : "GET";
            RequestSettings settings = RequestSettings.DEFAULTS.withTotalTimeout(timeout != null ? timeout
                    : RequestSettings.DEFAULTS.totalTimeout());
            spec = RequestSpec.of(verb, url, requestHeaders, Body.ofText(body)).withSettings(settings);
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

    private static String readData(String data, InputStream in) throws IOException {
        if (!data.startsWith("@")) {
            return data;
        }
        String file = data.substring(1);
        byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
