package dev.courier.io.drafts;

import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.List;
import java.util.Objects;

/**
 * What the body editor holds beyond the request's one body: the text, form fields, parts and file of every body
 * type at once, so that switching types loses nothing, and which type is selected.
 *
 * @param selectedType the editor's body type name (e.g. {@code json}, {@code form}, {@code none})
 */
public record BodyDrafts(String selectedType, String text, List<Field> formFields, List<Part> parts,
                         String binaryFile) {

    public static final BodyDrafts EMPTY = new BodyDrafts("none", "", List.of(), List.of(), "");

    public BodyDrafts {
        Objects.requireNonNull(selectedType, "selectedType");
        Objects.requireNonNull(text, "text");
        formFields = List.copyOf(formFields);
        parts = List.copyOf(parts);
        Objects.requireNonNull(binaryFile, "binaryFile");
    }
}
