package dev.courier.core.body;

/** What a response body is, for choosing how to show it. */
public enum BodyKind {
    /** No bytes at all. */
    EMPTY,
    /** JSON by its Content-Type or its first character; it may still turn out not to be valid. */
    JSON,
    /** XML, including SVG. */
    XML,
    HTML,
    /** Any other text. */
    TEXT,
    /** A PNG, JPEG or GIF image, recognised by its first bytes. */
    IMAGE,
    /** Bytes that are not text. */
    BINARY;

    /** Whether the body is shown as lines of text. */
    public boolean isText() {
        return this == JSON || this == XML || this == HTML || this == TEXT;
    }
}
