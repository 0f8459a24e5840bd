package dev.courier.core.body;

/** How a {@link FormattedDocument} lays out its body. */
public enum DocumentLayout {
    /** JSON, pretty-printed with two-space indentation. */
    PRETTY_JSON,
    /** XML or HTML, one tag per line, indented. */
    INDENTED_MARKUP,
    /** Text as received (also JSON that is not valid, with a notice). */
    AS_RECEIVED,
    /** No lines: the body is empty, an image or binary (show {@link HexDump} or the picture instead). */
    NONE
}
