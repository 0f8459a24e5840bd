package dev.courier.core.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percent-encoding and decoding of URL pieces (RFC 3986), leaving {@code {{variable}}} references untouched in both
 * directions: they are resolved later, and encoding their braces would hide them from the resolver.
 */
public final class PercentCoding {

    /** A {@code {{name}}} reference; the characters that split a URL never occur inside one. */
    static final Pattern VARIABLE = Pattern.compile("\\{\\{[^{}&=#?/]*}}");

    private static final String UNRESERVED_PUNCTUATION = "-._~";
    /** What RFC 3986 allows in a path segment besides unreserved characters: sub-delims, ':' and '@'. */
    private static final String SEGMENT_EXTRA = "!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    /** Encodes text typed in a table as one query name or value: only unreserved characters stay as they are. */
    public static String encodeQueryComponent(String text) {
        return encode(text, "");
    }

    /** Encodes a value that becomes one path segment: '/', '?', '#', '%', spaces and non-ASCII are encoded. */
    public static String encodePathSegment(String text) {
        return encode(text, SEGMENT_EXTRA);
    }

    /**
     * Decodes a query name or value for display: {@code %XX} sequences as UTF-8 and {@code +} as a space (as
     * servers and browsers read a query). Malformed escapes are shown as typed.
     */
    public static String decodeQueryComponent(String text) {
        return decode(text, true);
    }

    /** Decodes {@code %XX} sequences as UTF-8, keeping {@code +}. */
    public static String decode(String text) {
        return decode(text, false);
    }

    private static String encode(String text, String alsoKept) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher variable = VARIABLE.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '{' && variable.find(i) && variable.start() == i) {
                out.append(variable.group());
                i = variable.end();
                continue;
            }
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint < 128 && (isUnreserved((char) codePoint) || alsoKept.indexOf(codePoint) >= 0)) {
                out.append((char) codePoint);
            } else {
                for (byte b : text.substring(i, i + width).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Matcher variable = VARIABLE.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                i += 3;
                continue;
            }
            flush(bytes, out);
            if (c == '{' && variable.find(i) && variable.start() == i) {
                out.append(variable.group());
                i = variable.end();
            } else {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
            }
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8)); // malformed UTF-8 shows as U+FFFD
            bytes.reset();
        }
    }

    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
