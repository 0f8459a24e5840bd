package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A one-line message with one action (Undo, Dismiss), hidden until there is something to say. */
final class NoticeBar extends HBox {

    private final Label message = new Label();
    private final Button action;
    private Runnable onAction = () -> { };

    NoticeBar(String id, String actionId, String actionText) {
        super(6);
        setId(id);
        getStyleClass().add("notice-bar");
        message.setId(id + "-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        action = new Button(actionText);
        action.setId(actionId);
        action.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        action.setOnAction(e -> onAction.run());
        setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(message, action);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void setOnAction(Runnable action) {
        this.onAction = action;
    }

    void show(String text) {
        message.setText(text);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
