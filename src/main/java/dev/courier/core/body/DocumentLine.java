package dev.courier.core.body;

/**
 * One line of a {@link FormattedDocument}.
 *
 * @param number 0-based line number
 * @param text   the line without its line break; at most {@link FormattedDocument#MAX_LINE_CHARS} characters
 * @param cut    whether the line was longer and {@code text} is its beginning
 */
public record DocumentLine(long number, String text, boolean cut) {
}
