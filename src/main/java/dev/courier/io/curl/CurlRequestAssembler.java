package dev.courier.io.curl;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.ProxySetting;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.proxy.ProxyBypass;
import dev.courier.core.proxy.ProxyUrl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a finished {@link CurlDraft} into the request curl would send: method, URL (with {@code -G} data and
 * {@code --url-query} in the query), headers, body, auth, and settings (curl does not follow redirects unless
 * told to with {@code -L}).
 */
final class CurlRequestAssembler {

    private static final Map<CurlDraft.Payload, String> PAYLOAD_OPTIONS = Map.of(CurlDraft.Payload.DATA, "-d",
            CurlDraft.Payload.FORM, "-F", CurlDraft.Payload.UPLOAD, "-T", CurlDraft.Payload.HEAD, "-I");

    private final CurlDraft draft;
    private final CurlFiles files;
    private final List<String> warnings;

    CurlRequestAssembler(CurlDraft draft, CurlFiles files, List<String> warnings) {
        this.draft = draft;
        this.files = files;
        this.warnings = warnings;
    }

    RequestSpec assemble() throws CurlImportException {
        if (draft.urls.isEmpty()) {
            throw new CurlImportException("The curl command has no URL, so there is no request to import");
        }
        if (draft.urls.size() > 1) {
            warnings.add("The command names " + draft.urls.size() + " URLs and curl would send a request to each; "
                    + "only the first, " + draft.urls.get(0) + ", was imported");
        }
        String raw = draft.globOff ? draft.urls.get(0) : CurlGlob.first(draft.urls.get(0), warnings);
        CurlUrl url = CurlUrl.parse(raw, draft.protoDefault, draft.pathAsIs, warnings);
        if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
            warnings.add("Courier sends HTTP and HTTPS requests only; this is a " + url.scheme() + ":// URL");
        }
        CurlDraft.Payload payload = payload();
        byte[] data = CurlData.join(draft.data);
        boolean dataInQuery = draft.get && !draft.data.isEmpty();
        if (dataInQuery) {
            url.appendQuery(new String(data, StandardCharsets.UTF_8));
        }
        addUrlQueries(url, dataInQuery);
        if (payload == CurlDraft.Payload.UPLOAD) {
            url.appendUploadName(draft.uploadFile.replaceAll(".*[/\\\\]", ""));
        }

        boolean formData = payload == CurlDraft.Payload.DATA;
        CurlHeaders curlHeaders = new CurlHeaders(draft.headerLines, warnings);
        List<Header> headers = curlHeaders.assemble(draft, range(payload), formData);
        String contentType = Headers.firstEnabledValue(headers, "Content-Type").orElse("");
        Body body = body(payload, data, contentType);
        Auth auth = auth(url, curlHeaders);
        RequestSettings settings = settings(curlHeaders.withoutUserAgent(draft, headers));
        return new RequestSpec(method(payload), url.courierText(warnings), headers, body, auth, settings);
    }

    private RequestSettings settings(boolean withoutUserAgent) {
        RequestSettings defaults = RequestSettings.DEFAULTS;
        int maxRedirects = defaults.maxRedirects();
        if (draft.maxRedirects != null) {
            try {
                maxRedirects = Integer.parseInt(draft.maxRedirects.strip());
            } catch (NumberFormatException e) {
                maxRedirects = -1;
            }
            if (maxRedirects < 0) {
                warnings.add("--max-redirs " + draft.maxRedirects + ": Courier needs a limit of 0 or more; it keeps "
                        + defaults.maxRedirects());
                maxRedirects = defaults.maxRedirects();
            }
        }
        return new RequestSettings(draft.connectTimeout != null ? draft.connectTimeout : defaults.connectTimeout(),
                draft.totalTimeout != null ? draft.totalTimeout : defaults.totalTimeout(), draft.followRedirects,
                draft.httpVersion, maxRedirects, !draft.insecure, !withoutUserAgent, defaults.decompress(),
                defaults.sendCookies(), proxy());
    }

    /** {@code -x} with {@code -U} and {@code --noproxy}; {@code -x ""} means no proxy at all, as in curl. */
    private ProxySetting proxy() {
        if (draft.proxy == null) {
            if (draft.proxyUser != null) {
                warnings.add("-U/--proxy-user without -x: curl would use it with a proxy from the environment; "
                        + "it was not imported");
            }
            return ProxySetting.APP_DEFAULT;
        }
        if (draft.proxy.isBlank()) {
            return ProxySetting.NONE;
        }
        List<String> bypass = draft.noProxy == null ? List.of() : ProxyBypass.parse(draft.noProxy).entries();
        try {
            ProxySetting.Manual proxy = ProxyUrl.parse(draft.proxy, bypass);
            if (draft.proxyUser != null) {
                int colon = draft.proxyUser.indexOf(':');
                proxy = new ProxySetting.Manual(proxy.host(), proxy.port(),
                        colon < 0 ? draft.proxyUser : draft.proxyUser.substring(0, colon),
                        colon < 0 ? "" : draft.proxyUser.substring(colon + 1), bypass);
            }
            return proxy;
        } catch (IllegalArgumentException e) {
            warnings.add("-x/--proxy " + draft.proxy + ": " + e.getMessage() + "; the request uses Courier's "
                    + "proxy preference");
            return ProxySetting.APP_DEFAULT;
        }
    }

    /** The payload option that decides the request; curl refuses a second one ("only one HTTP request method"). */
    private CurlDraft.Payload payload() {
        List<CurlDraft.Payload> given = new ArrayList<>(draft.payloads);
        if (draft.get) {
            given.remove(CurlDraft.Payload.DATA); // -G moves the data into the URL
        }
        if (given.size() > 1) {
            warnings.add("curl refuses to combine " + PAYLOAD_OPTIONS.get(given.get(0)) + " and "
                    + PAYLOAD_OPTIONS.get(given.get(1)) + " (\"You can only select one HTTP request method!\"); "
                    + "the import kept " + PAYLOAD_OPTIONS.get(given.get(0)));
        }
        return given.isEmpty() ? null : given.get(0);
    }

    private String method(CurlDraft.Payload payload) {
        if (draft.method != null) {
            return draft.method;
        }
        if (payload == CurlDraft.Payload.HEAD) {
            return "HEAD";
        }
        if (payload == CurlDraft.Payload.DATA || payload == CurlDraft.Payload.FORM) {
            return "POST";
        }
        return payload == CurlDraft.Payload.UPLOAD ? "PUT" : "GET";
    }

    private void addUrlQueries(CurlUrl url, boolean dataInQuery) {
        if (draft.urlQueries.isEmpty()) {
            return;
        }
        if (dataInQuery) {
            warnings.add("curl 7.88 leaves out --url-query when -G puts data in the URL; so does the import");
            return;
        }
        for (String query : draft.urlQueries) {
            url.appendQuery(query.startsWith("+") ? query.substring(1)
                    : new String(CurlData.urlEncodeArgument(query, files, "--url-query"), StandardCharsets.UTF_8));
        }
    }

    /** The Range header curl adds for {@code -r} or {@code -C}; only for requests without a body. */
    private String range(CurlDraft.Payload payload) {
        if (draft.range == null && draft.continueAt == null) {
            return null;
        }
        if (payload == CurlDraft.Payload.DATA || payload == CurlDraft.Payload.FORM
                || payload == CurlDraft.Payload.UPLOAD) {
            warnings.add("-r/-C with a request body makes curl send a Content-Range header; it was not imported");
            return null;
        }
        if (draft.continueAt != null) {
            if (draft.continueAt.equals("-")) {
                warnings.add("-C - resumes from the size of the output file, which the import cannot know; "
                        + "no Range header was imported");
                return null;
            }
            return "bytes=" + draft.continueAt.strip() + "-";
        }
        return "bytes=" + draft.range;
    }

    private Body body(CurlDraft.Payload payload, byte[] data, String contentType) {
        if (payload == CurlDraft.Payload.DATA) {
            return CurlBodies.fromData(data, draft.data, contentType, warnings);
        }
        if (payload == CurlDraft.Payload.FORM) {
            return new Body.Multipart(draft.parts);
        }
        if (payload == CurlDraft.Payload.UPLOAD) {
            if (draft.uploadFile.equals("-") || draft.uploadFile.equals(".")) {
                warnings.add("-T " + draft.uploadFile + " uploads standard input, which the import cannot send; "
                        + "the request has no body");
                return Body.NONE;
            }
            Optional<java.nio.file.Path> path = files.resolve(draft.uploadFile);
            if (path.isEmpty()) {
                return Body.NONE;
            }
            if (!files.isReadableFile(draft.uploadFile)) {
                warnings.add("The file " + draft.uploadFile + " (-T) was not found; curl would stop with error 26, "
                        + "and Courier cannot send the request until the file exists");
            }
            return new Body.Binary(path.get(), "");
        }
        return Body.NONE;
    }

    private Auth auth(CurlUrl url, CurlHeaders headers) {
        if (headers.named("Authorization")) {
            return Auth.NONE; // a -H Authorization line replaces (or removes) what -u and --oauth2-bearer would add
        }
        if (draft.bearer != null) {
            return new Auth.Bearer(draft.bearer);
        }
        String user;
        String password;
        if (draft.user != null) {
            int colon = draft.user.indexOf(':');
            user = colon < 0 ? draft.user : draft.user.substring(0, colon);
            password = colon < 0 ? "" : draft.user.substring(colon + 1);
            if (colon < 0) {
                warnings.add("-u " + draft.user + " has no password: curl would ask for one; the import left it "
                        + "empty");
            }
        } else if (url.credentials().isPresent()) {
            user = url.credentials().get().user();
            password = url.credentials().get().password();
        } else {
            return Auth.NONE;
        }
        if (!draft.authMethods.isEmpty() && !draft.authMethods.equals(Set.of("basic"))) {
            String methods = "--" + String.join(", --", draft.authMethods);
            warnings.add(methods + ": curl first sends the request without credentials and then answers the "
                    + "server's challenge, which Courier cannot do (it has Basic and Bearer); the credentials for "
                    + user + " were not imported");
            return Auth.NONE;
        }
        return new Auth.Basic(user, password);
    }
}
