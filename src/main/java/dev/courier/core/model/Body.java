package dev.courier.core.model;

import java.nio.charset.StandardCharsets;

/** What a request carries after its headers. */
public sealed interface Body permits Body.None, Body.Text {

    Body NONE = new None();

    /** The bytes sent on the wire. */
    byte[] bytes();

    default boolean isEmpty() {
        return bytes().length == 0;
    }

    /** No body at all. */
    record None() implements Body {
        @Override
        public byte[] bytes() {
            return new byte[0];
        }
    }

    /** Text (JSON, XML, plain) sent byte for byte as composed, in UTF-8. */
    record Text(String content) implements Body {
        public Text {
            java.util.Objects.requireNonNull(content, "content");
        }

        @Override
        public byte[] bytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A text body, or no body when the text is empty. */
    static Body ofText(String text) {
        return text == null || text.isEmpty() ? NONE : new Text(text);
    }
}
