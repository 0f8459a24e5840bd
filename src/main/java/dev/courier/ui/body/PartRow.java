package dev.courier.ui.body;

import dev.courier.core.model.Part;
import java.nio.file.Path;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable part of a multipart body: a text field, or a file given by its path. */
public final class PartRow {

    /** What a part carries. */
    public enum Kind { TEXT, FILE }

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.TEXT);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty contentType = new SimpleStringProperty(this, "contentType", "");
    /** The filename sent for a file part when it differs from the file's name (not shown in the table). */
    private String filename = "";

    /** A row for a part of a body, e.g. a loaded request. */
    public static PartRow of(Part part) {
        PartRow row = new PartRow();
        row.enabled.set(part.enabled());
        row.name.set(part.name());
        if (part instanceof Part.FilePart file) {
            row.kind.set(Kind.FILE);
            row.value.set(file.file().toString());
            row.contentType.set(file.contentType());
            row.filename = file.filename();
        } else if (part instanceof Part.TextPart text) {
            row.value.set(text.value());
            row.contentType.set(text.contentType());
        }
        return row;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The text of a text part, or the path of a file part. */
    public StringProperty valueProperty() {
        return value;
    }

    /** The part's Content-Type; empty means none for text and a guess from the name for files. */
    public StringProperty contentTypeProperty() {
        return contentType;
    }

    public Part toPart() {
        if (kind.get() == Kind.FILE) {
            return new Part.FilePart(name.get(), Path.of(value.get().strip()), filename, contentType.get().strip(),
                    enabled.get());
        }
        return new Part.TextPart(name.get(), value.get(), contentType.get().strip(), enabled.get());
    }

    Observable[] observables() {
        return new Observable[] {enabled, name, kind, value, contentType};
    }
}
