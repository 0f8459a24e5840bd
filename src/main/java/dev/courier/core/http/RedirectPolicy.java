package dev.courier.core.http;

/**
 * How far the engine follows redirects when {@code RequestSettings.followRedirects} is on.
 *
 * @param maxRedirects     redirects followed at most; one more is a failure
 * @param allowHttpsToHttp follow a redirect from https to plain http (off: such a redirect is the final response)
 */
public record RedirectPolicy(int maxRedirects, boolean allowHttpsToHttp) {

    /** Redirects followed at most by default, as in browsers' lower limits and curl's advice. */
    public static final int MAX_REDIRECTS = 10;

    public static final RedirectPolicy DEFAULTS = new RedirectPolicy(MAX_REDIRECTS, false);

    public RedirectPolicy {
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }
}
