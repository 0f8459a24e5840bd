package dev.courier.cli;

import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.curl.CurlImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that describe one request, shared (as a picocli mixin) by {@code send} and {@code snippet}. With
 * {@code --curl} the request starts as the imported curl command and the other options change it: {@code --url}
 * and {@code -X} replace, {@code -H} replaces imported headers of its name, {@code -d} replaces the body.
 */
final class RequestOptions {

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

    /** The request the options describe, or empty after explaining on {@code err} what is wrong with them. */
    Optional<RequestSpec> toSpec(InputStream in, PrintStream err) {
        if (url == null && curl == null) {
            err.println("courier: give --url, or a curl command with --curl");
            return Optional.empty();
        }
        List<Header> requestHeaders = new ArrayList<>();
        for (String line : headers) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                err.println("courier: invalid header \"" + line + "\": expected 'Name: value'");
                return Optional.empty();
            }
            requestHeaders.add(Header.of(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        String body;
        try {
            body = data == null ? "" : readData(data, in);
        } catch (IOException e) {
            err.println("courier: cannot read " + data.substring(1) + ": " + e.getMessage());
            return Optional.empty();
        }
        if (curl != null) {
            try {
                RequestSpec imported = ImportCurlCommand.importCurl(List.of(curl), null, in, err).request();
                return Optional.of(CurlOverrides.apply(imported, method, url, requestHeaders,
                        data == null ? null : body, null));
            } catch (CurlImportException | IOException e) {
                err.println("courier: " + e.getMessage());
                return Optional.empty();
            }
        }
        if (!body.isBlank() && !Headers.containsEnabled(requestHeaders, "Content-Type")
                && JsonValidator.check(body, false).isValid()) {
            requestHeaders.add(Header.of("Content-Type", "application/json"));
        }
        String verb = method != null ? method : data != null ? "POST" : "GET";
        return Optional.of(RequestSpec.of(verb, url, requestHeaders, Body.ofText(body)));
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
