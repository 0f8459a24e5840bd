package dev.courier.core.url;

import java.util.Objects;

/**
 * One row of the query-parameter table. The row keeps its text exactly as it stands in the URL ({@code q=a%20b},
 * {@code flag} without '=', or empty for the gap in {@code a=1&&b=2}), so a URL rebuilt from untouched rows is the
 * URL as typed. Names and values typed in the table are percent-encoded when the row is made (see
 * {@link #typed}); the table shows them decoded ({@link #displayName()}, {@link #displayValue()}).
 *
 * @param text        the parameter as it appears in the query, without the separating {@code &}
 * @param enabled     a disabled row stays in the table but is left out of the URL
 * @param description a note for people; never sent
 */
public record QueryParam(String text, boolean enabled, String description) {

    public QueryParam {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(description, "description");
        if (text.indexOf('&') >= 0 || text.indexOf('#') >= 0) {
            throw new IllegalArgumentException("a query parameter cannot contain '&' or '#': " + text);
        }
    }

    /** A row parsed from URL text, kept byte for byte. */
    public static QueryParam parsed(String text) {
        return new QueryParam(text, true, "");
    }

    /**
     * A row whose name and value were typed in the table: both are percent-encoded as RFC 3986 query components
     * ({@code {{variables}}} stay as typed). An empty value gives the bare name, as in {@code ?debug}.
     */
    public static QueryParam typed(String name, String value) {
        return new QueryParam(join(PercentCoding.encodeQueryComponent(name), PercentCoding.encodeQueryComponent(value),
                !value.isEmpty()), true, "");
    }

    /** The name as it stands in the URL (still encoded). */
    public String name() {
        int equals = text.indexOf('=');
        return equals < 0 ? text : text.substring(0, equals);
    }

    /** The value as it stands in the URL (still encoded); empty when there is no '='. */
    public String value() {
        int equals = text.indexOf('=');
        return equals < 0 ? "" : text.substring(equals + 1);
    }

    /** Whether the parameter has an '=' (a bare {@code flag} has none). */
    public boolean hasValue() {
        return text.indexOf('=') >= 0;
    }

    /** The name decoded for the table ({@code %XX} as UTF-8, {@code +} as a space). */
    public String displayName() {
        return PercentCoding.decodeQueryComponent(name());
    }

    /** The value decoded for the table ({@code %XX} as UTF-8, {@code +} as a space). */
    public String displayValue() {
        return PercentCoding.decodeQueryComponent(value());
    }

    /** This row with a name typed in the table; the value keeps its text. Unchanged text keeps the row as it is. */
    public QueryParam withDisplayName(String typedName) {
        if (typedName.equals(displayName())) {
            return this;
        }
        return withText(join(PercentCoding.encodeQueryComponent(typedName), value(), hasValue()));
    }

    /** This row with a value typed in the table; the name keeps its text. Unchanged text keeps the row as it is. */
    public QueryParam withDisplayValue(String typedValue) {
        if (typedValue.equals(displayValue())) {
            return this;
        }
        return withText(join(name(), PercentCoding.encodeQueryComponent(typedValue), !typedValue.isEmpty()));
    }

    public QueryParam withText(String newText) {
        return new QueryParam(newText, enabled, description);
    }

    public QueryParam withEnabled(boolean on) {
        return new QueryParam(text, on, description);
    }

    public QueryParam withDescription(String note) {
        return new QueryParam(text, enabled, note);
    }

    private static String join(String name, String value, boolean withEquals) {
        return withEquals ? name + "=" + value : name;
    }
}
