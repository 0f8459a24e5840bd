package dev.courier.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the URL text a user typed into a URI the client can send, or explains what is wrong with it. */
public final class RequestUris {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    /** An authority whose port (after the last ':' outside brackets) is not a number. */
    private static final Pattern BAD_PORT = Pattern.compile("^(?:[^@]*@)?(?:\\[[^]]*]|[^:\\[]*):([^:]*[^0-9:][^:]*)$");
    /** A {@code {{name}}} reference, checked as if it were a plain name. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^{}]*}}");

    private RequestUris() {
    }

    /**
     * Parses URL text. A missing scheme means {@code http://}, as in curl and Postman; the text is otherwise
     * taken byte for byte (no re-encoding).
     */
    public static URI parse(String text) throws InvalidUrlException {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw new InvalidUrlException("Enter a URL to send the request to");
        }
        if (!HAS_SCHEME.matcher(url).matches()) {
            url = "http://" + url;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i))) {
                throw new InvalidUrlException("URL contains a space at position " + (i + 1) + "; encode it as %20");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("Invalid URL: " + e.getReason().toLowerCase(Locale.ROOT)
                    + " at position " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidUrlException("Unsupported scheme \"" + uri.getScheme() + "\": use http:// or https://");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        java.util.regex.Matcher port = BAD_PORT.matcher(authority);
        if (uri.getHost() == null && port.matches()) {
            throw new InvalidUrlException("Invalid URL: port \"" + port.group(1) + "\" is not a number");
        }
        if (uri.getHost() == null) {
            throw new InvalidUrlException("Invalid URL: no valid host name in \"" + uri.getRawAuthority() + "\"");
        }
        if (uri.getPort() > 65535) {
            throw new InvalidUrlException("Invalid URL: port " + uri.getPort() + " is out of range (1-65535)");
        }
        return uri;
    }

    /**
     * What is wrong with URL text as typed, in words for the URL field, or empty when it can be sent. Each
     * {@code {{variable}}} counts as a plain name, since its value is not known yet.
     */
    public static Optional<String> problem(String typed) {
        try {
            parse(typed == null ? "" : VARIABLE.matcher(typed).replaceAll("v"));
            return Optional.empty();
        } catch (InvalidUrlException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** True when the URI's host is this machine, where a token over plain http does not travel a network. */
    public static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")
                || h.equals("[::1]") || h.equals("::1");
    }
}
