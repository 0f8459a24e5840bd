package dev.courier.core.model;

import java.util.Objects;

/** One HTTP header line as the user composed it; a disabled header is kept in the request but never sent. */
public record Header(String name, String value, boolean enabled) {

    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static Header of(String name, String value) {
        return new Header(name, value, true);
    }

    public boolean hasName(String other) {
        return name.trim().equalsIgnoreCase(other);
    }
}
