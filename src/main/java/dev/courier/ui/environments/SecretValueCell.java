package dev.courier.ui.environments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * The value of a variable, always editable; a secret's value shows masked until its field is focused, and is
 * masked again when the caret leaves.
 */
final class SecretValueCell extends TableCell<VariableRow, String> {

    private final TextField plain = new TextField();
    private final PasswordField masked = new PasswordField();
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final StackPane face = new StackPane(masked, plain);
    private VariableRow row;

    SecretValueCell() {
        getStyleClass().add("var-value");
        plain.getStyleClass().add("cell-field");
        masked.getStyleClass().addAll("cell-field", "masked-value");
        plain.setPromptText("Value");
        masked.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                revealed.set(true);
                plain.requestFocus();
                plain.end();
            }
        });
        plain.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                revealed.set(false);
            }
        });
        setText(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (row != null) {
            plain.textProperty().unbindBidirectional(row.valueProperty());
            masked.textProperty().unbindBidirectional(row.valueProperty());
            plain.visibleProperty().unbind();
            masked.visibleProperty().unbind();
            row = null;
        }
        int index = getIndex();
        if (empty || getTableView() == null || index < 0 || index >= getTableView().getItems().size()) {
            setGraphic(null);
            return;
        }
        row = getTableView().getItems().get(index);
        StringProperty value = row.valueProperty();
        plain.textProperty().bindBidirectional(value);
        masked.textProperty().bindBidirectional(value);
        plain.visibleProperty().bind(row.secretProperty().not().or(revealed));
        masked.visibleProperty().bind(plain.visibleProperty().not());
        setGraphic(face);
    }
}
