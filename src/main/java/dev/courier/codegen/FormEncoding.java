package dev.courier.codegen;

import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Field;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a language's own form encoder would write the same bytes as Courier ({@link BodyEncoder#formUrlEncoded}:
 * UTF-8, space as '+', only {@code * - . _} and alphanumerics left as they are). Encoders that follow RFC 3986
 * instead leave '~' and encode '*'; some keep fields in a map, which sorts them or cannot repeat a name.
 */
public final class FormEncoding {

    private FormEncoding() {
    }

    /** The exact body Courier sends for these fields. */
    public static String encoded(List<Field> fields) {
        return BodyEncoder.formUrlEncoded(fields);
    }

    /** Whether an RFC 3986 encoder (which treats '*' and '~' differently) writes the same bytes. */
    public static boolean rfc3986EncoderAgrees(List<Field> fields) {
        return fields.stream().noneMatch(f -> hasStarOrTilde(f.name()) || hasStarOrTilde(f.value()));
    }

    /** Whether the field names are unique, so a map-based encoder can hold them. */
    public static boolean namesAreUnique(List<Field> fields) {
        return fields.stream().map(Field::name).distinct().count() == fields.size();
    }

    /** Whether the fields are already in name order, so an encoder that sorts by name keeps their order. */
    public static boolean sortedByName(List<Field> fields) {
        List<String> names = fields.stream().map(Field::name).toList();
        return names.equals(names.stream().sorted(Comparator.naturalOrder()).toList());
    }

    private static boolean hasStarOrTilde(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('~') >= 0;
    }
}
