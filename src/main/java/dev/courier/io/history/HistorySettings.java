package dev.courier.io.history;

/**
 * How much history is kept and how.
 *
 * @param maxEntries      entries kept; the oldest are evicted beyond it
 * @param maxBytes        bytes of stored bodies and requests kept; the oldest entries are evicted beyond it
 * @param inlineBodyBytes response bodies up to this size are stored (and searched) in the database
 * @param fileBodyBytes   larger bodies up to this size are stored as a file beside it; larger ones are dropped
 *                        (their size is still recorded)
 * @param keepSecrets     store Authorization, Cookie, API keys and the like as sent instead of masked
 */
public record HistorySettings(int maxEntries, long maxBytes, int inlineBodyBytes, long fileBodyBytes,
                              boolean keepSecrets) {

    public static final HistorySettings DEFAULTS =
            new HistorySettings(100_000, 512L * 1024 * 1024, 256 * 1024, 16L * 1024 * 1024, false);

    public HistorySettings {
        if (maxEntries < 1 || maxBytes < 1 || inlineBodyBytes < 0 || fileBodyBytes < inlineBodyBytes) {
            throw new IllegalArgumentException("invalid history limits");
        }
    }

    public HistorySettings withKeepSecrets(boolean keep) {
        return new HistorySettings(maxEntries, maxBytes, inlineBodyBytes, fileBodyBytes, keep);
    }

    public HistorySettings withMaxEntries(int max) {
        return new HistorySettings(max, maxBytes, inlineBodyBytes, fileBodyBytes, keepSecrets);
    }

    public HistorySettings withMaxBytes(long max) {
        return new HistorySettings(maxEntries, max, inlineBodyBytes, fileBodyBytes, keepSecrets);
    }

    public HistorySettings withBodyLimits(int inline, long file) {
        return new HistorySettings(maxEntries, maxBytes, inline, file, keepSecrets);
    }
}
