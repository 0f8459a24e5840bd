package dev.courier.ui.auth;

import atlantafx.base.theme.Styles;
import dev.courier.ui.vars.VariableField;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A secret typed masked, with an eye button to reveal it; both fields edit the same property. */
final class SecretField {

    private final HBox root = new HBox(4);

    SecretField(String id, StringProperty value, BooleanProperty revealed, String prompt) {
        PasswordField masked = new PasswordField();
        TextField plain = new TextField();
        masked.textProperty().bindBidirectional(value);
        plain.textProperty().bindBidirectional(value);
        masked.setPromptText(prompt);
        plain.setPromptText(prompt);
        VariableField.install(masked); // the tooltip masks secret values, so a masked field may show one
        VariableField.install(plain);
        masked.visibleProperty().bind(revealed.not());
        plain.visibleProperty().bind(revealed);
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        ToggleButton eye = new ToggleButton(null, new FontIcon(Feather.EYE));
        eye.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        eye.setTooltip(new Tooltip("Show or hide the secret"));
        eye.selectedProperty().bindBidirectional(revealed);
        root.setId(id);
        root.getChildren().setAll(fields, eye);
    }

    Node node() {
        return root;
    }
}
