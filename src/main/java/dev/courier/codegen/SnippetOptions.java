package dev.courier.codegen;

/**
 * How a snippet is written.
 *
 * @param maskSecrets  write the bearer token, basic password and API key as a placeholder or an environment lookup
 *                     instead of their real values
 * @param longOptions  use long command-line options ({@code --header}) rather than short ones ({@code -H}) where a
 *                     tool has both
 */
public record SnippetOptions(boolean maskSecrets, boolean longOptions) {

    /** Secrets masked, long options: what a snippet shown to a person or pasted in a ticket should be. */
    public static final SnippetOptions DEFAULTS = new SnippetOptions(true, true);

    public SnippetOptions withMaskSecrets(boolean mask) {
        return new SnippetOptions(mask, longOptions);
    }

    public SnippetOptions withLongOptions(boolean useLong) {
        return new SnippetOptions(maskSecrets, useLong);
    }
}
