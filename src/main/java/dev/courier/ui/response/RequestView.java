package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import dev.courier.ui.editor.CodeEditor;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Request tab: the request as it went out (request line, every header including those the client added, the
 * body), read-only and searchable. After redirects, a choice of which request of the chain to show.
 */
public final class RequestView {

    private final VBox root = new VBox();

    public RequestView(RequestAsSentViewModel request, Executor background, Executor ui) {
        ObservableList<String> choices = request.choices();
        IntegerProperty choice = request.choiceProperty();
        CodeEditor editor = new CodeEditor("response-request", false, background, ui);
        editor.setMode(CodeEditor.Mode.PLAIN);
        request.textProperty().addListener((obs, old, now) -> editor.setText(now));
        ComboBox<String> hop = new ComboBox<>(choices);
        hop.setId("request-hop");
        hop.getStyleClass().add(Styles.SMALL);
        hop.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hop, Priority.ALWAYS);
        Label label = new Label("Show");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        HBox chooser = new HBox(8, label, hop);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.getStyleClass().add("table-toolbar");
        chooser.managedProperty().bind(chooser.visibleProperty());
        chooser.setVisible(false);
        choices.addListener((ListChangeListener<String>) change -> {
            chooser.setVisible(!choices.isEmpty());
            hop.getSelectionModel().select(Math.max(0, choice.get()));
        });
        hop.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                choice.set(now.intValue());
            }
        });
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        root.getChildren().setAll(chooser, editor.node());
    }

    public Node node() {
        return root;
    }
}
