package dev.courier.io.curl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * curl's URL globbing ({@code {a,b}}, {@code [1-10]}, {@code [a-z]}, {@code [01-99:2]}), reduced to what an
 * import can hold: the first URL of the series. {@code \[ \] \{ \}} are literal brackets, and {@code [::1]}-like
 * IPv6 addresses are not patterns.
 */
final class CurlGlob {

    private static final Pattern RANGE = Pattern.compile("(\\d+)-\\d+(?::\\d+)?|([a-zA-Z])-[a-zA-Z](?::\\d+)?");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(?:%[^\\]]*)?");

    private CurlGlob() {
    }

    /** The first URL the pattern expands to, with a warning when {@code url} is a pattern at all. */
    static String first(String url, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        boolean globbed = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\' && i + 1 < url.length() && "[]{}".indexOf(url.charAt(i + 1)) >= 0) {
                out.append(url.charAt(++i));
            } else if (c == '{') {
                int close = url.indexOf('}', i);
                if (close < 0) {
                    return unchanged(url, "an unmatched {", warnings);
                }
                String set = url.substring(i + 1, close);
                int comma = set.indexOf(',');
                out.append(comma < 0 ? set : set.substring(0, comma));
                globbed = true;
                i = close;
            } else if (c == '[') {
                int close = url.indexOf(']', i);
                if (close < 0) {
                    return unchanged(url, "an unmatched [", warnings);
                }
                String inside = url.substring(i + 1, close);
                if (IPV6.matcher(inside).matches()) {
                    out.append(url, i, close + 1);
                } else {
                    Matcher range = RANGE.matcher(inside);
                    if (!range.matches()) {
                        return unchanged(url, "the range [" + inside + "]", warnings);
                    }
                    out.append(range.group(1) != null ? range.group(1) : range.group(2));
                    globbed = true;
                }
                i = close;
            } else {
                out.append(c);
            }
        }
        if (globbed) {
            warnings.add("curl expands the URL pattern " + url + " into several URLs and sends a request to each; "
                    + "the first, " + out + ", was imported (curl -g turns patterns off)");
        }
        return out.toString();
    }

    private static String unchanged(String url, String problem, List<String> warnings) {
        warnings.add("curl refuses the URL " + url + " because of " + problem + " (use -g to send brackets as they "
                + "are); it was imported as typed");
        return url;
    }
}
