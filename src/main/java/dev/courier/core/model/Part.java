package dev.courier.core.model;

import java.nio.file.Path;
import java.util.Objects;

/** One part of a multipart/form-data body: a text field or a file. */
public sealed interface Part permits Part.TextPart, Part.FilePart {

    String name();

    boolean enabled();

    /**
     * A text field.
     *
     * @param contentType the part's Content-Type header; empty for none (the RFC 7578 default, text/plain)
     */
    record TextPart(String name, String value, String contentType, boolean enabled) implements Part {
        public TextPart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(contentType, "contentType");
        }

        public static TextPart of(String name, String value) {
            return new TextPart(name, value, "", true);
        }
    }

    /**
     * A file, streamed from disk.
     *
     * @param filename    the filename sent; empty for the file's own name
     * @param contentType the part's Content-Type; empty to guess from the file name
     */
    record FilePart(String name, Path file, String filename, String contentType, boolean enabled) implements Part {
        public FilePart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
        }

        public static FilePart of(String name, Path file) {
            return new FilePart(name, file, "", "", true);
        }

        /** The filename as sent. */
        public String effectiveFilename() {
            return filename.isEmpty() ? String.valueOf(file.getFileName()) : filename;
        }
    }
}
