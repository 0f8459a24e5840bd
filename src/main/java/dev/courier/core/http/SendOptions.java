package dev.courier.core.http;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link HttpEngine#send(dev.courier.core.model.RequestSpec, SendOptions)} handles the response body.
 *
 * @param listener hears the download progress
 * @param saveTo   write the decoded body to this file instead of memory or a temporary file; the file is kept
 *                 (deleted again if the download fails or is cancelled)
 */
public record SendOptions(DownloadListener listener, Optional<Path> saveTo) {

    public static final SendOptions DEFAULTS = new SendOptions(DownloadListener.NONE, Optional.empty());

    public SendOptions {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(saveTo, "saveTo");
    }

    public SendOptions withListener(DownloadListener newListener) {
        return new SendOptions(newListener, saveTo);
    }

    public SendOptions savingBodyTo(Path file) {
        return new SendOptions(listener, Optional.of(file));
    }
}
