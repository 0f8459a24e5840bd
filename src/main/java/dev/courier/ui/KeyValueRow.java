package dev.courier.ui;

import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of a name/value table (headers, form fields), which can be switched off. */
public final class KeyValueRow {

    private final BooleanProperty enabled;
    private final StringProperty name;
    private final StringProperty value;
    private final boolean derived;

    public KeyValueRow(String name, String value, boolean enabled) {
        this(name, value, enabled, false);
    }

    private KeyValueRow(String name, String value, boolean enabled, boolean derived) {
        this.derived = derived;
        this.enabled = new SimpleBooleanProperty(this, "enabled", enabled);
        this.name = new SimpleStringProperty(this, "name", name);
        this.value = new SimpleStringProperty(this, "value", value);
    }

    /** A read-only row standing for what something else adds (the Auth tab's header). */
    public static KeyValueRow derived(String name, String value, boolean enabled) {
        return new KeyValueRow(name, value, enabled, true);
    }

    /** Whether the row shows what something else adds rather than what the user typed. */
    public boolean isDerived() {
        return derived;
    }

    public static KeyValueRow of(Header header) {
        return new KeyValueRow(header.name(), header.value(), header.enabled());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public Header toHeader() {
        return new Header(name.get(), value.get(), enabled.get());
    }

    public Field toField() {
        return new Field(name.get(), value.get(), enabled.get());
    }

    /** The properties whose change changes the request, for list change notifications. */
    Observable[] observables() {
        return new Observable[] {enabled, name, value};
    }
}
