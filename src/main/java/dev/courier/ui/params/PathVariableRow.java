package dev.courier.ui.params;

import dev.courier.core.url.PathVariable;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The value of one {@code :name} segment of the URL's path; the name comes from the URL and is not edited here. */
public final class PathVariableRow {

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    PathVariableRow(PathVariable variable) {
        name.set(variable.name());
        value.set(variable.value());
        description.set(variable.description());
    }

    public PathVariable toVariable() {
        return new PathVariable(name.get(), value.get(), description.get());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    Observable[] observables() {
        return new Observable[] {value, description};
    }
}
