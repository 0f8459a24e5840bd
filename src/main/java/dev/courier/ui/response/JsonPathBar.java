package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The JSONPath box above a JSON body: the expression is applied a moment after typing stops (or at once on Enter),
 * and the bar says how many values matched or why none could be selected. Esc clears it.
 */
final class JsonPathBar {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final Duration PAUSE = Duration.millis(350);

    private final HBox root = new HBox(8);

    JsonPathBar(JsonPathViewModel filter) {
        TextField expression = new TextField();
        expression.setId("jsonpath");
        expression.setPromptText("Filter with JSONPath, e.g. $.items[*].name");
        expression.setTooltip(new Tooltip("A JSONPath expression (Jayway dialect): $.a.b, $..name, "
                + "$.items[?(@.price > 10)], $.items.length()"));
        expression.textProperty().bindBidirectional(filter.expressionProperty());
        PauseTransition typing = new PauseTransition(PAUSE);
        typing.setOnFinished(e -> filter.apply());
        expression.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        expression.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                filter.apply();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                expression.clear();
                e.consume();
            }
        });
        HBox.setHgrow(expression, Priority.ALWAYS);
        Label message = new Label();
        message.setId("jsonpath-message");
        message.getStyleClass().add("jsonpath-message");
        message.textProperty().bind(filter.messageProperty());
        message.setMaxWidth(360);
        filter.refusedProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(REFUSED, now));
        FontIcon icon = new FontIcon(Feather.FILTER);
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().setAll(icon, expression, message);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("jsonpath-bar");
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }
}
