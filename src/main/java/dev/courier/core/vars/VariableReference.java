package dev.courier.core.vars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code {{name}}} in a text, for highlighting: the name (spaces inside the braces trimmed) and where the
 * reference stands, braces included.
 *
 * @param start offset of the first {@code {}
 * @param end   offset just after the last {@code }}
 */
public record VariableReference(String name, int start, int end) {

    /** {@code {{ name }}}: no braces inside, spaces around the name allowed. */
    static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    /** Every reference in {@code text}, in order. */
    public static List<VariableReference> findIn(CharSequence text) {
        List<VariableReference> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(new VariableReference(m.group(1), m.start(), m.end()));
        }
        return found;
    }
}
