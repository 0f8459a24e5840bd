package dev.courier.core.body;

/**
 * How far a {@link FormattedDocument} has come.
 *
 * @param fraction  0 to 1, the share of the body processed
 * @param lineCount lines readable now
 * @param done      whether processing has ended (finished, failed or cancelled)
 */
public record DocumentProgress(double fraction, long lineCount, boolean done) {
}
