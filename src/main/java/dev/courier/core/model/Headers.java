package dev.courier.core.model;

import java.util.List;
import java.util.Optional;

/** Case-insensitive lookups over a list of headers, in the order they were given. */
public final class Headers {

    private Headers() {
    }

    /** The value of the first header with this name (ignoring case), if any. */
    public static Optional<String> firstValue(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.hasName(name)).map(Header::value).findFirst();
    }

    /** The value of the first enabled header with this name (ignoring case), if any. */
    public static Optional<String> firstEnabledValue(List<Header> headers, String name) {
        return headers.stream().filter(Header::enabled).filter(h -> h.hasName(name)).map(Header::value).findFirst();
    }

    public static boolean containsEnabled(List<Header> headers, String name) {
        return firstEnabledValue(headers, name).isPresent();
    }
}
