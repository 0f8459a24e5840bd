package dev.courier.core.body;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What {@link TextSearch} looks for.
 *
 * @param text          the text, or a regular expression when {@code regex}
 * @param caseSensitive whether case must match
 * @param regex         whether {@code text} is a {@link Pattern} regular expression
 */
public record SearchQuery(String text, boolean caseSensitive, boolean regex) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
    }

    /** Plain text, case-insensitive. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, false, false);
    }

    /**
     * The query as a pattern, or null when plain case-sensitive text needs none ({@code String.indexOf} is faster).
     *
     * @throws IllegalArgumentException with a readable message when the regular expression is invalid
     */
    Pattern pattern() {
        if (!regex && caseSensitive) {
            return null;
        }
        int flags = (regex ? 0 : Pattern.LITERAL)
                | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(text, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""), e);
        }
    }
}
