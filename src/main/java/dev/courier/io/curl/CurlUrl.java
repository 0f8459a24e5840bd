package dev.courier.io.curl;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as curl 7.88 sends it: a scheme guessed when missing, credentials taken out of it, no fragment, dot
 * segments removed from the path (unless {@code --path-as-is}), non-ASCII path bytes percent-encoded in lower
 * case. Mutable while the parser adds to the query or the upload file name.
 */
final class CurlUrl {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern HEX_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final List<String> GUESSED_SCHEMES = List.of("ftp", "dict", "ldap", "imap", "smtp", "pop3");

    /** user and password taken from {@code user:password@host}, percent-decoded. */
    record Credentials(String user, String password) {
    }

    private final String scheme;
    private final String hostAndPort;
    private final Credentials credentials;
    private String path;
    private String query;

    private CurlUrl(String scheme, String hostAndPort, Credentials credentials, String path, String query) {
        this.scheme = scheme;
        this.hostAndPort = hostAndPort;
        this.credentials = credentials;
        this.path = path;
        this.query = query;
    }

    /**
     * Reads URL text as curl does.
     *
     * @param defaultScheme the scheme for a URL without one ({@code --proto-default}), or empty to guess as curl
     *                      does: {@code ftp.} hosts are FTP, and so on, anything else HTTP
     */
    static CurlUrl parse(String text, String defaultScheme, boolean pathAsIs, List<String> warnings) {
        String url = text.strip();
        Matcher m = SCHEME.matcher(url);
        String scheme;
        if (m.find()) {
            scheme = m.group(1).toLowerCase(Locale.ROOT);
            url = url.substring(m.end());
        } else {
            scheme = defaultScheme.isEmpty() ? guessScheme(url) : defaultScheme.toLowerCase(Locale.ROOT);
        }
        int fragment = url.indexOf('#');
        if (fragment >= 0) {
            url = url.substring(0, fragment); // curl never sends the fragment
        }
        int authorityEnd = indexOfAny(url, "/?");
        String authority = url.substring(0, authorityEnd);
        String rest = url.substring(authorityEnd);
        Credentials credentials = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            credentials = new Credentials(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
                    colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
            authority = authority.substring(at + 1);
        }
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);
        if (!pathAsIs) {
            path = removeDotSegments(path);
        }
        return new CurlUrl(scheme, asciiHost(authority, warnings), credentials, encodeNonAscii(path), query);
    }

    private static String guessScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return GUESSED_SCHEMES.stream().filter(s -> lower.startsWith(s + ".")).findFirst().orElse("http");
    }

    /** A host with non-ASCII letters in its IDNA (punycode) form, as curl converts it with libidn2. */
    private static String asciiHost(String authority, List<String> warnings) {
        if (authority.chars().allMatch(c -> c < 128)) {
            return authority;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + (colon < 0 ? "" : authority.substring(colon));
        } catch (IllegalArgumentException e) {
            warnings.add("The host name " + host + " is not a valid international domain name");
            return authority;
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** RFC 3986 section 5.2.4, as curl applies it to every path. */
    static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        String in = path;
        while (!in.isEmpty()) {
            if (in.startsWith("../")) {
                in = in.substring(3);
            } else if (in.startsWith("./")) {
                in = in.substring(2);
            } else if (in.startsWith("/./")) {
                in = in.substring(2);
            } else if (in.equals("/.")) {
                in = "/";
            } else if (in.startsWith("/../") || in.equals("/..")) {
                in = "/" + in.substring(in.equals("/..") ? 3 : 4);
                int last = out.lastIndexOf("/");
                out.setLength(Math.max(last, 0));
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                String segment = next < 0 ? in : in.substring(0, next);
                out.append(segment);
                in = in.substring(segment.length());
            }
        }
        return out.toString();
    }

    /** Non-ASCII characters as UTF-8 {@code %xx} escapes in lower case, as curl writes them. */
    static String encodeNonAscii(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.forDigit((b >> 4) & 15, 16))
                            .append(Character.forDigit(b & 15, 16));
                }
            }
        });
        return out.toString();
    }

    /** A file name as curl appends it to an upload URL: all but unreserved characters as lower-case escapes. */
    static String encodeFileName(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return out.toString();
    }

    String scheme() {
        return scheme;
    }

    Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** {@code -T file} to a URL that ends in a slash (or has no path): curl appends the file's name. */
    void appendUploadName(String fileName) {
        if (path.isEmpty() || path.endsWith("/")) {
            path = (path.isEmpty() ? "/" : path) + encodeFileName(fileName);
        }
    }

    /** Adds to the query as curl's URL API does ({@code -G}, {@code --url-query}): escapes in lower case. */
    void appendQuery(String addition) {
        String lowered = HEX_ESCAPE.matcher(addition).replaceAll(r -> r.group().toLowerCase(Locale.ROOT));
        query = query == null || query.isEmpty() ? lowered : query + "&" + lowered;
    }

    /** The URL text as curl sends it: scheme, host, path and query (no credentials, no fragment). */
    String text() {
        return scheme + "://" + hostAndPort + path + (query == null ? "" : "?" + query);
    }

    /**
     * The URL text Courier can send. Java's URI refuses some characters curl sends as typed (and curl refuses
     * spaces): they are percent-encoded, with a warning, since the alternative is not sending at all.
     */
    String courierText(List<String> warnings) {
        String target = path + (query == null ? "" : "?" + query);
        StringBuilder out = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        boolean space = false;
        boolean nonAsciiQuery = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean badEscape = c == '%' && !HEX_ESCAPE.matcher(target).region(i, target.length()).lookingAt();
            if (c == ' ') {
                space = true;
                out.append("%20");
            } else if (c < 0x20 || c == 0x7f || "\"<>\\^`{|}[]".indexOf(c) >= 0 || badEscape) {
                if (encoded.indexOf(String.valueOf(c)) < 0) {
                    encoded.append(encoded.isEmpty() ? "" : " ").append(c < 0x20 || c == 0x7f ? "(control)" : c);
                }
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                nonAsciiQuery |= c >= 128;
                out.append(c);
            }
        }
        if (space) {
            warnings.add("curl refuses a URL that contains spaces (error 3); Courier sends them as %20");
        }
        if (!encoded.isEmpty()) {
            warnings.add("curl sends " + encoded + " in the URL as typed; Java's HTTP client cannot, so Courier sends "
                    + "them percent-encoded");
        }
        if (nonAsciiQuery) {
            warnings.add("curl sends the non-ASCII characters of the query as raw UTF-8 bytes; Courier sends them "
                    + "percent-encoded");
        }
        return scheme + "://" + hostAndPort + out;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
