package dev.courier.ui;

import dev.courier.core.model.Header;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the header table. */
public final class HeaderRow {

    private final BooleanProperty enabled;
    private final StringProperty name;
    private final StringProperty value;

    public HeaderRow(Header header) {
        this.enabled = new SimpleBooleanProperty(this, "enabled", header.enabled());
        this.name = new SimpleStringProperty(this, "name", header.name());
        this.value = new SimpleStringProperty(this, "value", header.value());
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

    /** The properties whose change changes the request, for list change notifications. */
    Observable[] observables() {
        return new Observable[] {enabled, name, value};
    }
}
