package dev.courier.core.url;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path variables: a whole path segment {@code :name} (letters, digits, '_' and '-') stands for a value given in the
 * request's path-variable table. Only the path counts: the port in {@code host:8080} and colons inside a segment
 * ({@code /a:b}) are not variables.
 */
public final class PathVariables {

    private static final Pattern SEGMENT_VARIABLE = Pattern.compile("(?<=/):([A-Za-z_][A-Za-z0-9_-]*)(?=/|$)");

    private PathVariables() {
    }

    /** The variable names in the path of {@code url}, in order, each once. */
    public static List<String> names(String url) {
        String base = beforeQuery(url);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SEGMENT_VARIABLE.matcher(base);
        m.region(pathStart(base), base.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * The rows for the URL's variables, in URL order: values and descriptions of previous rows with the same name
     * are kept, rows for names no longer in the URL are dropped, new names get an empty value.
     */
    public static List<PathVariable> sync(String url, List<PathVariable> previous) {
        List<PathVariable> rows = new ArrayList<>();
        for (String name : names(url)) {
            rows.add(find(previous, name).orElse(PathVariable.of(name, "")));
        }
        return rows;
    }

    /**
     * The URL with each {@code :name} segment replaced by its value, percent-encoded as a path segment
     * ({@code {{variables}}} stay as typed). A name without a row stays as typed, so the mistake is visible.
     */
    public static String substitute(String url, List<PathVariable> values) {
        if (values.isEmpty()) {
            return url;
        }
        String base = beforeQuery(url);
        Matcher m = SEGMENT_VARIABLE.matcher(base);
        m.region(pathStart(base), base.length());
        m.useTransparentBounds(true);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            Optional<PathVariable> row = find(values, m.group(1));
            if (row.isPresent()) {
                out.append(base, copied, m.start()).append(PercentCoding.encodePathSegment(row.get().value()));
                copied = m.end();
            }
        }
        return out.append(url, copied, url.length()).toString();
    }

    private static Optional<PathVariable> find(List<PathVariable> rows, String name) {
        return rows.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static String beforeQuery(String url) {
        int end = url.length();
        int question = url.indexOf('?');
        int hash = url.indexOf('#');
        if (question >= 0) {
            end = question;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return url.substring(0, end);
    }

    /** Where the path begins: after "scheme://authority", or after the authority of a URL typed without scheme. */
    private static int pathStart(String base) {
        int scheme = base.indexOf("://");
        int authorityStart = scheme >= 0 ? scheme + 3 : 0;
        int slash = base.indexOf('/', authorityStart);
        return slash < 0 ? base.length() : slash;
    }
}
