package dev.courier.codegen;

import dev.courier.core.http.RequestPreparer;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Headers;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request as every snippet writes it, resolved once with {@code RequestPreparer}'s rules: enabled headers only,
 * a header the user typed wins over auth, an API key in the query appended to the URL, disabled form fields and
 * parts dropped. Two deliberate differences from what Courier's engine sends: no User-Agent (the snippet's client
 * sends its own), and a body always has a Content-Type (the body kind's, when the request has none) because every
 * client would otherwise add its own default. A multipart body gets no Content-Type header from here: the client
 * writes it, with its own boundary.
 *
 * @param method    the method token as sent
 * @param url       the URL as typed (scheme added when missing, fragment dropped), API key query appended
 * @param headers   headers in the order they are sent, auth header included (except basic auth)
 * @param body      the body with only enabled fields and parts; {@link Body.None} when nothing is sent
 * @param basicAuth basic credentials for the client's own basic-auth support, unless an Authorization header wins
 * @param options   how to write the snippet
 */
public record SnippetRequest(String method, SnippetValue url, List<SnippetHeader> headers, Body body,
                             Optional<BasicAuth> basicAuth, SnippetOptions options) {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    /** A header line: name and value, the value possibly hiding a secret. */
    public record SnippetHeader(String name, SnippetValue value) {
        public SnippetHeader {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        public boolean hasName(String other) {
            return name.equalsIgnoreCase(other);
        }
    }

    /** Basic credentials; the password may be hidden. */
    public record BasicAuth(String username, SnippetValue password) {
    }

    public SnippetRequest {
        headers = List.copyOf(headers);
    }

    /** Resolves {@code spec} for snippets. */
    public static SnippetRequest of(RequestSpec spec, SnippetOptions options) {
        boolean mask = options.maskSecrets();
        List<SnippetHeader> headers = new ArrayList<>();
        for (Header h : spec.enabledHeaders()) {
            if (!h.name().isBlank()) {
                headers.add(new SnippetHeader(h.name().strip(), SnippetValue.of(h.value().strip())));
            }
        }
        Body body = sentBody(spec.body());
        if (body instanceof Body.Multipart) {
            headers.removeIf(h -> h.hasName("Content-Type")
                    && h.value().literal().toLowerCase(Locale.ROOT).startsWith("multipart/"));
        } else if (!(body instanceof Body.None) && headers.stream().noneMatch(h -> h.hasName("Content-Type"))) {
            headers.add(new SnippetHeader("Content-Type", SnippetValue.of(body.defaultContentType().orElseThrow())));
        }
        Auth auth = spec.auth();
        boolean authorizationTyped = Headers.containsEnabled(spec.headers(), "Authorization");
        Optional<BasicAuth> basic = Optional.empty();
        if (auth instanceof Auth.Bearer bearer && !authorizationTyped) {
            headers.add(new SnippetHeader("Authorization",
                    SnippetValue.withSecret("Bearer ", Secret.TOKEN, bearer.token(), mask)));
        } else if (auth instanceof Auth.Basic b && !authorizationTyped) {
            basic = Optional.of(new BasicAuth(b.username(),
                    SnippetValue.withSecret("", Secret.PASSWORD, b.password(), mask)));
        } else if (auth instanceof Auth.ApiKey key && key.location() == Auth.ApiKey.Location.HEADER
                && !Headers.containsEnabled(spec.headers(), key.name())) {
            headers.add(new SnippetHeader(key.name(), SnippetValue.withSecret("", Secret.API_KEY, key.value(), mask)));
        }
        String typedUrl = PathVariables.substitute(spec.url(), spec.pathVariables());
        return new SnippetRequest(spec.method().strip(), url(typedUrl, auth, mask), headers, body, basic, options);
    }

    private static SnippetValue url(String typed, Auth auth, boolean mask) {
        String url = typed.strip();
        if (!HAS_SCHEME.matcher(url).matches()) {
            url = "http://" + url;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash); // clients never send the fragment
        }
        if (!(auth instanceof Auth.ApiKey key) || key.location() != Auth.ApiKey.Location.QUERY) {
            return SnippetValue.of(url);
        }
        String prefix = url + RequestPreparer.querySeparator(url) + RequestPreparer.encodeQueryComponent(key.name())
                + "=";
        return SnippetValue.withSecret(prefix, Secret.API_KEY, RequestPreparer.encodeQueryComponent(key.value()), mask);
    }

    private static Body sentBody(Body body) {
        if (body instanceof Body.Text text && text.content().isEmpty()) {
            return Body.NONE;
        }
        if (body instanceof Body.Form form) {
            List<Field> fields = form.fields().stream().filter(Field::enabled).toList();
            return fields.isEmpty() ? Body.NONE : new Body.Form(fields);
        }
        if (body instanceof Body.Multipart multipart) {
            return new Body.Multipart(multipart.parts().stream().filter(Part::enabled).toList());
        }
        return body;
    }

    /** Whether a body is sent. */
    public boolean hasBody() {
        return !(body instanceof Body.None);
    }

    /** The value of the Content-Type header, if the request has one. */
    public Optional<String> contentType() {
        return headers.stream().filter(h -> h.hasName("Content-Type")).map(h -> h.value().literal()).findFirst();
    }

    /** The headers other than those named. */
    public List<SnippetHeader> headersExcept(String... names) {
        return headers.stream().filter(h -> List.of(names).stream().noneMatch(h::hasName)).toList();
    }

    /**
     * The headers with one entry per name (first spelling, first position), repeated values joined by ", " as
     * RFC 9110 allows: for clients that keep headers in a map.
     */
    public List<SnippetHeader> combinedHeaders() {
        List<SnippetHeader> combined = new ArrayList<>();
        for (SnippetHeader h : headers) {
            int at = indexOf(combined, h.name());
            if (at < 0) {
                combined.add(h);
            } else {
                SnippetHeader first = combined.get(at);
                List<SnippetValue.Piece> pieces = new ArrayList<>(first.value().plus(", ").pieces());
                pieces.addAll(h.value().pieces());
                combined.set(at, new SnippetHeader(first.name(), new SnippetValue(pieces)));
            }
        }
        return combined;
    }

    /** {@link #combinedHeaders()} other than those named. */
    public List<SnippetHeader> combinedHeadersExcept(String... names) {
        return combinedHeaders().stream().filter(h -> List.of(names).stream().noneMatch(h::hasName)).toList();
    }

    /** Whether a header name occurs more than once. */
    public boolean repeatsHeaders() {
        return combinedHeaders().size() != headers.size();
    }

    private static int indexOf(List<SnippetHeader> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).hasName(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any value (URL, header, password) hides a secret. */
    public boolean hidesSecrets() {
        return !url.isLiteral() || headers.stream().anyMatch(h -> !h.value().isLiteral())
                || basicAuth.map(b -> !b.password().isLiteral()).orElse(false);
    }

    public boolean longOptions() {
        return options.longOptions();
    }
}
