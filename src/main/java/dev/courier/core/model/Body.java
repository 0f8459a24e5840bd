package dev.courier.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a request carries after its headers: one of the body types a request composer offers. */
public sealed interface Body permits Body.None, Body.Text, Body.Form, Body.Multipart, Body.Binary {

    Body NONE = new None();

    /** The Content-Type this kind of body implies; the UI fills the header row with it. */
    Optional<String> defaultContentType();

    /** Whether nothing at all would be sent. */
    boolean isEmpty();

    /** A text body, or no body when the text is empty. */
    static Body ofText(String text) {
        return text == null || text.isEmpty() ? NONE : new Text(text, TextType.JSON);
    }

    /** No body at all. */
    record None() implements Body {
        @Override
        public Optional<String> defaultContentType() {
            return Optional.empty();
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    }

    /** What flavour of text a {@link Text} body is; it decides the default Content-Type and the editor's mode. */
    enum TextType {
        JSON("application/json"), TEXT("text/plain"), XML("application/xml"), HTML("text/html");

        private final String contentType;

        TextType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Text sent byte for byte as composed, in UTF-8. */
    record Text(String content, TextType type) implements Body {
        public Text {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Optional<String> defaultContentType() {
            return Optional.of(type.contentType());
        }

        @Override
        public boolean isEmpty() {
            return content.isEmpty();
        }
    }

    /** An application/x-www-form-urlencoded form; disabled fields are kept but not sent. */
    record Form(List<Field> fields) implements Body {
        public Form {
            fields = List.copyOf(fields);
        }

        @Override
        public Optional<String> defaultContentType() {
            return Optional.of("application/x-www-form-urlencoded");
        }

        @Override
        public boolean isEmpty() {
            return fields.stream().noneMatch(Field::enabled);
        }
    }

    /** A multipart/form-data body (RFC 7578) of text and file parts; disabled parts are kept but not sent. */
    record Multipart(List<Part> parts) implements Body {
        public Multipart {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> defaultContentType() {
            return Optional.of("multipart/form-data");
        }

        @Override
        public boolean isEmpty() {
            return parts.stream().noneMatch(Part::enabled);
        }
    }

    /**
     * The contents of a file, streamed from disk, never loaded whole into memory.
     *
     * @param contentType the type to suggest for the Content-Type header; empty for application/octet-stream
     */
    record Binary(Path file, String contentType) implements Body {
        public Binary {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public Optional<String> defaultContentType() {
            return Optional.of(contentType.isBlank() ? "application/octet-stream" : contentType);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
