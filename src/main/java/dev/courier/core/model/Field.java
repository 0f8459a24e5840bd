package dev.courier.core.model;

import java.util.Objects;

/** A name/value pair of a form or a query string; a disabled field is kept but not sent. */
public record Field(String name, String value, boolean enabled) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static Field of(String name, String value) {
        return new Field(name, value, true);
    }
}
