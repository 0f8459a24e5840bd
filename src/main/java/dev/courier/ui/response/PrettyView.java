package dev.courier.ui.response;

import dev.courier.core.body.BodyKind;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Pretty tab: the formatted body (or its JSONPath selection) in a line viewer, a picture for images, a hex dump
 * for other binary data, or why there is no body.
 */
public final class PrettyView {

    private final StackPane root = new StackPane();
    private final BodyView text;
    private final ImagePreview image;
    private final ResponseBodyViewModel body;

    public PrettyView(ResponseBodyViewModel body, Executor work, Executor ui) {
        this.body = body;
        text = new BodyView("response-body", work, ui);
        image = new ImagePreview(work, ui);
        JsonPathBar filter = new JsonPathBar(body.jsonPath());
        filter.node().setVisible(false);
        Label binary = new Label();
        binary.setId("response-binary");
        binary.getStyleClass().add("binary-summary");
        binary.textProperty().bind(body.summaryProperty());
        binary.managedProperty().bind(binary.visibleProperty());
        VBox.setVgrow(text.node(), Priority.ALWAYS);
        VBox lines = new VBox(binary, filter.node(), text.node());
        Node empty = Placeholders.of(Feather.INBOX, "No body", body.summaryProperty());
        Node loading = Placeholders.busy("Reading the body…");
        root.getChildren().setAll(lines, image.node(), empty, loading);
        root.getStyleClass().add("pretty-view");

        body.prettyProperty().addListener(obs -> showDocument());
        body.jsonPath().resultProperty().addListener(obs -> showDocument());
        body.faceProperty().addListener((obs, old, face) -> {
            filter.node().setVisible(body.typeProperty().get() != null
                    && body.typeProperty().get().kind() == BodyKind.JSON);
            binary.setVisible(face == ResponseBodyViewModel.Face.BINARY);
            if (face == ResponseBodyViewModel.Face.IMAGE) {
                image.show(body.body(), body.summaryProperty().get());
            } else {
                image.clear();
            }
            Placeholders.showOnly(root, switch (face) {
                case TEXT, BINARY -> lines;
                case IMAGE -> image.node();
                case EMPTY -> empty;
                case LOADING, NONE -> loading;
            });
        });
        Placeholders.showOnly(root, loading);
    }

    public Node node() {
        return root;
    }

    public BodyView text() {
        return text;
    }

    private void showDocument() {
        DocumentViewModel filtered = body.jsonPath().resultProperty().get();
        text.setDocument(filtered != null ? filtered : body.prettyProperty().get());
    }
}
