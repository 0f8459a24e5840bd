package dev.courier.io.curl;

import dev.courier.core.model.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headers of an imported request, in the order curl 7.88 writes them: its own (Range, User-Agent, Accept,
 * Accept-Encoding, Referer, Cookie), then the {@code -H} headers, then those for {@code --json} and {@code -d}.
 * A {@code -H} line naming one of curl's own headers replaces it: {@code Name: value} sends the value,
 * {@code Name:} sends nothing, {@code Name;} sends it empty. Host, Content-Length and Authorization (from
 * {@code -u}) are left to Courier's engine and auth, as they are to curl's.
 */
final class CurlHeaders {

    /** What {@code curl --compressed} asks for (7.88 built with zlib, brotli and zstd). */
    static final String CURL_ACCEPT_ENCODING = "deflate, gzip, br, zstd";
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    /** One {@code -H} line: a header to send (possibly empty), or the removal of one of curl's own. */
    record Line(String name, String value, boolean removal) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> warnings;

    CurlHeaders(List<String> headerLines, List<String> warnings) {
        this.warnings = warnings;
        for (String text : headerLines) {
            parse(text).ifPresentOrElse(lines::add, () -> warnings.add("\"" + text + "\" (-H) is not a header: it "
                    + "has no colon, and curl does not send it"));
        }
    }

    /** curl's reading of a {@code -H} line. */
    static Optional<Line> parse(String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            String value = text.substring(colon + 1).strip();
            return Optional.of(new Line(text.substring(0, colon).strip(), value, value.isEmpty()));
        }
        int semicolon = text.indexOf(';');
        if (colon < 0 && semicolon > 0 && text.substring(semicolon + 1).isBlank()) {
            return Optional.of(new Line(text.substring(0, semicolon).strip(), "", false));
        }
        return Optional.empty();
    }

    /** Whether a {@code -H} line names this header, so that curl leaves out its own. */
    boolean named(String name) {
        return lines.stream().anyMatch(l -> l.name().equalsIgnoreCase(name));
    }

    /** Whether the command removes this header ({@code -H 'Name:'}) and sets no value for it. */
    boolean removed(String name) {
        return named(name) && lines.stream().filter(l -> l.name().equalsIgnoreCase(name)).allMatch(Line::removal);
    }

    /**
     * The request's headers.
     *
     * @param range       the Range value curl adds, or null
     * @param formData    whether the body is {@code -d} data sent as a form (curl adds its Content-Type)
     */
    List<Header> assemble(CurlDraft draft, String range, boolean formData) {
        List<Header> headers = new ArrayList<>();
        addOwn(headers, "Range", range);
        addOwn(headers, "User-Agent", draft.userAgent == null || draft.userAgent.isEmpty() ? null : draft.userAgent);
        addOwn(headers, "Accept", draft.json ? null : "*/*");
        addOwn(headers, "Accept-Encoding", draft.compressed ? CURL_ACCEPT_ENCODING : null);
        if (draft.compressed && !named("Accept-Encoding")) {
            warnings.add("--compressed asks for " + CURL_ACCEPT_ENCODING + " as curl does; Courier decodes gzip and "
                    + "deflate responses, and shows br and zstd ones as received");
        }
        addOwn(headers, "Referer", draft.referer == null || draft.referer.isEmpty() ? null : draft.referer);
        addOwn(headers, "Cookie", draft.cookies.isEmpty() ? null : String.join(";", draft.cookies));
        for (Line line : lines) {
            if (!line.removal()) {
                headers.add(Header.of(line.name(), line.value()));
            }
        }
        if (draft.json) {
            addOwn(headers, "Content-Type", "application/json");
            addOwn(headers, "Accept", "application/json");
        } else if (formData) {
            addOwn(headers, "Content-Type", FORM_CONTENT_TYPE);
        }
        for (String name : List.of("Host", "Content-Length")) {
            if (removed(name)) {
                warnings.add("curl would send no " + name + " header here; Courier's HTTP client always sends one");
            }
        }
        headers.forEach(this::checkSendable);
        return headers;
    }

    /** Whether curl sends no User-Agent at all: {@code -A ''} or {@code -H 'User-Agent:'} without another one. */
    boolean withoutUserAgent(CurlDraft draft, List<Header> headers) {
        return headers.stream().noneMatch(h -> h.hasName("User-Agent"))
                && (removed("User-Agent") || "".equals(draft.userAgent));
    }

    private void addOwn(List<Header> headers, String name, String value) {
        if (value != null && !named(name)) {
            headers.add(Header.of(name, value));
        }
    }

    private void checkSendable(Header header) {
        String name = header.name();
        boolean token = !name.isEmpty() && name.chars()
                .allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || TOKEN_CHARS.indexOf(c) >= 0));
        if (!token) {
            warnings.add("\"" + name + "\" is not a valid header name; curl sends it as typed, Courier cannot send it");
        } else if (header.value().chars().anyMatch(c -> c >= 128)) {
            warnings.add("The " + name + " header holds non-ASCII characters: curl sends them as UTF-8 bytes, "
                    + "Courier's HTTP client does not send them faithfully");
        } else if (header.value().chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            warnings.add("The " + name + " header holds control characters, which Courier cannot send");
        }
    }
}
