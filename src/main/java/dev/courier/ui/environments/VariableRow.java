package dev.courier.ui.environments;

import dev.courier.core.model.Variable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of a variables table: switch, name, value, and whether the value is a secret. */
public final class VariableRow {

    private final BooleanProperty enabled;
    private final StringProperty name;
    private final StringProperty value;
    private final BooleanProperty secret;

    public VariableRow(Variable variable) {
        enabled = new SimpleBooleanProperty(this, "enabled", variable.enabled());
        name = new SimpleStringProperty(this, "name", variable.name());
        value = new SimpleStringProperty(this, "value", variable.value());
        secret = new SimpleBooleanProperty(this, "secret", variable.secret());
    }

    /** An empty, enabled row (the table's last row, where a new variable is typed). */
    public static VariableRow blank() {
        return new VariableRow(Variable.of("", ""));
    }

    /** Nothing typed: neither a name nor a value. */
    public boolean isBlank() {
        return name.get().isEmpty() && value.get().isEmpty();
    }

    public Variable toVariable() {
        return new Variable(name.get().strip(), value.get(), enabled.get(), secret.get());
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

    public BooleanProperty secretProperty() {
        return secret;
    }
}
