package dev.courier.ui;

import dev.courier.ui.vars.VariableField;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A table cell whose text field is always there (no double-click to edit, nothing lost on focus change), bound
 * both ways to a property of the row. Its {@code {{variables}}} are checked and completed ({@link VariableField}).
 *
 * @param <R> the row type
 */
public final class TextFieldCell<R> extends TableCell<R, String> {

    private final TextField field = new TextField();
    private final Function<R, StringProperty> property;
    private final Predicate<R> readOnly;
    private StringProperty bound;

    public TextFieldCell(Function<R, StringProperty> property, String styleClass, String prompt) {
        this(property, styleClass, prompt, row -> false);
    }

    /** A cell whose field cannot be edited on rows {@code readOnly} accepts. */
    public TextFieldCell(Function<R, StringProperty> property, String styleClass, String prompt,
                         Predicate<R> readOnly) {
        this.property = property;
        this.readOnly = readOnly;
        getStyleClass().add(styleClass);
        field.getStyleClass().add("cell-field");
        field.setPromptText(prompt);
        VariableField.install(field);
        setText(null);
    }

    public void focusField() {
        field.requestFocus();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound);
            bound = null;
        }
        int index = getIndex();
        if (empty || index < 0 || index >= getTableView().getItems().size()) {
            setGraphic(null);
            return;
        }
        R row = getTableView().getItems().get(index);
        bound = property.apply(row);
        field.textProperty().bindBidirectional(bound);
        field.setEditable(!readOnly.test(row));
        setGraphic(field);
    }
}
