package dev.courier.io.curl;

import dev.courier.core.model.HttpVersionChoice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Applies each option of a curl command to a {@link CurlDraft}, as curl's own option parser records them. */
final class CurlOptionApplier {

    private final CurlDraft draft;
    private final CurlFiles files;
    private final CurlForms forms;
    private final List<String> warnings;

    CurlOptionApplier(CurlDraft draft, CurlFiles files, List<String> warnings) {
        this.draft = draft;
        this.files = files;
        this.forms = new CurlForms(files, warnings);
        this.warnings = warnings;
    }

    /** Applies one option; false when curl would start another request here ({@code --next}). */
    boolean apply(CurlArguments.Use use) {
        String value = use.value();
        boolean on = use.enabled();
        String spelled = use.option().display();
        switch (use.option().treatment()) {
            case IGNORE:
                return true;
            case WARN:
                warnings.add("The curl option " + spelled + " is not supported by the import; it was ignored");
                return true;
            default:
                break;
        }
        switch (use.name()) {
            case "url" -> draft.urls.add(value);
            case "request" -> draft.method = value;
            case "get" -> draft.get = on;
            case "head" -> payload(CurlDraft.Payload.HEAD, on);
            case "globoff" -> draft.globOff = on;
            case "path-as-is" -> draft.pathAsIs = on;
            case "proto-default" -> draft.protoDefault = value;
            case "url-query" -> draft.urlQueries.add(value);
            case "header" -> header(value);
            case "user-agent" -> draft.userAgent = value;
            case "referer" -> draft.referer = value.endsWith(";auto") ? value.substring(0, value.length() - 5) : value;
            case "cookie" -> cookie(value);
            case "compressed" -> draft.compressed = on;
            case "range" -> draft.range = value;
            case "continue-at" -> draft.continueAt = value;
            case "user" -> draft.user = value;
            case "oauth2-bearer" -> draft.bearer = value;
            case "basic", "digest", "ntlm", "ntlm-wb", "negotiate", "anyauth" -> authMethod(use.name(), on);
            case "data" -> data(CurlData.Kind.DATA, value, "-d");
            case "data-ascii" -> data(CurlData.Kind.DATA, value, "--data-ascii");
            case "data-binary" -> data(CurlData.Kind.BINARY, value, "--data-binary");
            case "data-raw" -> data(CurlData.Kind.RAW, value, "--data-raw");
            case "data-urlencode" -> data(CurlData.Kind.URLENCODE, value, "--data-urlencode");
            case "json" -> {
                draft.json = true;
                data(CurlData.Kind.JSON, value, "--json");
            }
            case "form", "form-string" -> {
                payload(CurlDraft.Payload.FORM, true);
                forms.part(value, use.name().equals("form-string"), "-F").ifPresent(draft.parts::add);
            }
            case "upload-file" -> {
                payload(CurlDraft.Payload.UPLOAD, true);
                draft.uploadFile = value;
            }
            case "location", "location-trusted" -> followRedirects(use, on);
            case "max-time" -> seconds(value, spelled).ifPresent(d -> draft.totalTimeout = d);
            case "connect-timeout" -> seconds(value, spelled).ifPresent(d -> draft.connectTimeout = d);
            case "http1.1" -> draft.httpVersion = HttpVersionChoice.HTTP_1_1;
            case "http2" -> draft.httpVersion = HttpVersionChoice.HTTP_2;
            case "http1.0", "http2-prior-knowledge", "http3", "http3-only" -> httpVersion(use.name());
            case "insecure" -> draft.insecure = on;
            case "proxy" -> draft.proxy = value;
            case "noproxy" -> draft.noProxy = value;
            case "proxy-user" -> draft.proxyUser = value;
            case "max-redirs" -> draft.maxRedirects = value;
            case "config" -> warnings.add("-K/--config " + value + ": curl would read more options from that file; "
                    + "it was not read");
            case "next" -> {
                warnings.add("The command holds several requests separated by --next; only the first was imported");
                return false;
            }
            default -> throw new IllegalStateException("curl-options.txt marks --" + use.name()
                    + " as imported, but nothing imports it");
        }
        return true;
    }

    /** Like curl, each method adds to the set ({@code --anyauth} replaces it); {@code --no-…} removes one. */
    private void authMethod(String method, boolean on) {
        if (method.equals("anyauth") && on) {
            draft.authMethods.clear();
        }
        if (on) {
            draft.authMethods.add(method);
        } else {
            draft.authMethods.remove(method);
        }
    }

    private void payload(CurlDraft.Payload payload, boolean on) {
        if (on) {
            draft.payloads.add(payload);
        } else {
            draft.payloads.remove(payload);
        }
    }

    private void data(CurlData.Kind kind, String value, String spelled) {
        draft.payloads.add(CurlDraft.Payload.DATA);
        draft.data.add(CurlData.read(kind, value, files, spelled));
    }

    /** {@code -H @file} reads one header per line; a header with line breaks is several headers on the wire. */
    private void header(String value) {
        if (value.startsWith("@")) {
            files.read(value.substring(1), "-H " + value).ifPresent(bytes -> {
                for (String line : CurlBodies.text(bytes, "The header file " + value.substring(1), warnings)
                        .split("[\r\n]+")) {
                    if (!line.isEmpty()) {
                        draft.headerLines.add(line);
                    }
                }
            });
            return;
        }
        String[] lines = value.split("\r\n|\r|\n", -1);
        if (lines.length > 1) {
            warnings.add("The header \"" + lines[0] + "…\" contains line breaks: curl sends each line as a header of "
                    + "its own, and so does the import");
        }
        for (String line : lines) {
            if (!line.isEmpty()) {
                draft.headerLines.add(line);
            }
        }
    }

    /** {@code -b name=value} is sent; without '=' it names a cookie file, which is not read. */
    private void cookie(String value) {
        if (value.contains("=")) {
            draft.cookies.add(value);
        } else if (!value.isEmpty()) {
            String file = value.startsWith("@") ? value.substring(1) : value;
            if (files.isReadableFile(file)) {
                warnings.add("-b " + value + " names a cookie file: curl sends the cookies in it that match the URL; "
                        + "the file was not read");
            }
        }
    }

    private void followRedirects(CurlArguments.Use use, boolean on) {
        draft.followRedirects = on;
        if (on && use.name().equals("location-trusted")) {
            warnings.add("--location-trusted: Courier follows redirects but does not send credentials to other hosts");
        }
    }

    private void httpVersion(String option) {
        switch (option) {
            case "http1.0" -> {
                warnings.add("--http1.0: Courier speaks HTTP/1.1 or HTTP/2; the request will use HTTP/1.1");
                draft.httpVersion = HttpVersionChoice.HTTP_1_1;
            }
            case "http2-prior-knowledge" -> {
                warnings.add("--http2-prior-knowledge: Courier negotiates HTTP/2 instead of assuming it");
                draft.httpVersion = HttpVersionChoice.HTTP_2;
            }
            default -> warnings.add("--" + option + ": Courier does not speak HTTP/3; it will negotiate HTTP/2 or "
                    + "HTTP/1.1");
        }
    }

    /** curl's "fractional seconds"; 0 means no limit, which Courier does not offer, so its default stays. */
    private Optional<Duration> seconds(String value, String spelled) {
        double seconds;
        try {
            seconds = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (Double.isNaN(seconds) || seconds < 0 || value.strip().matches("(?i).*[a-z].*")) {
            warnings.add(spelled + " \"" + value + "\" is not a number of seconds curl accepts; it was ignored");
            return Optional.empty();
        }
        if (seconds == 0) {
            warnings.add(spelled + " 0 means no limit in curl; Courier keeps its default limit");
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) Math.min(Math.ceil(seconds * 1000), Long.MAX_VALUE / 2)));
    }
}
