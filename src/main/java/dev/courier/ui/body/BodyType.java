package dev.courier.ui.body;

import dev.courier.core.model.Body;
import java.util.Optional;

/** The body types the selector offers, with the Content-Type each one sets. */
public enum BodyType {
    NONE("None", null),
    JSON("JSON", Body.TextType.JSON),
    TEXT("Text", Body.TextType.TEXT),
    XML("XML", Body.TextType.XML),
    HTML("HTML", Body.TextType.HTML),
    FORM("Form URL-encoded", null),
    MULTIPART("Multipart form", null),
    BINARY("Binary file", null);

    private final String label;
    private final Body.TextType textType;

    BodyType(String label, Body.TextType textType) {
        this.label = label;
        this.textType = textType;
    }

    /** Text bodies share one editor and one text. */
    public boolean isText() {
        return textType != null;
    }

    public Optional<Body.TextType> textType() {
        return Optional.ofNullable(textType);
    }

    /** The Content-Type choosing this type puts in the header table; none for NONE. */
    public Optional<String> contentType() {
        return switch (this) {
            case NONE -> Optional.empty();
            case FORM -> Optional.of("application/x-www-form-urlencoded");
            case MULTIPART -> Optional.of("multipart/form-data");
            case BINARY -> Optional.of("application/octet-stream");
            default -> Optional.of(textType.contentType());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
