package dev.courier.ui.params;

import dev.courier.core.url.QueryParam;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the query-parameter table: the name and value as a person reads them (decoded), over the parameter's
 * text exactly as it stands in the URL. Editing a cell re-encodes only that cell, so untouched rows keep the URL's
 * bytes.
 */
public final class ParamRow {

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private QueryParam param = QueryParam.parsed("");

    public ParamRow() {
    }

    ParamRow(QueryParam param) {
        show(param);
    }

    /** Shows {@code shown}; called when the URL changed, not by an edit. */
    void show(QueryParam shown) {
        param = shown;
        enabled.set(shown.enabled());
        name.set(shown.displayName());
        value.set(shown.displayValue());
        description.set(shown.description());
    }

    /** The parameter as the row holds it now, cells typed in the table encoded. */
    public QueryParam toParam() {
        param = param.withDisplayName(name.get()).withDisplayValue(value.get())
                .withEnabled(enabled.get()).withDescription(description.get());
        return param;
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

    public StringProperty descriptionProperty() {
        return description;
    }

    Observable[] observables() {
        return new Observable[] {enabled, name, value, description};
    }
}
