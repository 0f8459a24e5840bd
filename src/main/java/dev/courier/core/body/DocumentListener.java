package dev.courier.core.body;

/**
 * Hears how a {@link FormattedDocument} advances, on the thread that processes it, at most every 100 ms and once
 * at the end. Hand the reports to the UI thread yourself (they are small; dropping all but the latest is fine).
 */
@FunctionalInterface
public interface DocumentListener {

    DocumentListener NONE = progress -> {
    };

    void onProgress(DocumentProgress progress);
}
