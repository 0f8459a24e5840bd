package dev.courier.ui.response;

import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** The Raw tab: the decoded body exactly as received (a hex dump for images and binary data), opened when shown. */
public final class RawView {

    private final StackPane root = new StackPane();
    private final BodyView text;

    public RawView(ResponseBodyViewModel body, Executor work, Executor ui) {
        text = new BodyView("response-raw", work, ui);
        Node empty = Placeholders.of(Feather.INBOX, "No body", body.summaryProperty());
        Node loading = Placeholders.busy("Reading the body…");
        root.getChildren().setAll(text.node(), empty, loading);
        body.rawProperty().addListener((obs, old, now) -> text.setDocument(now));
        body.faceProperty().addListener((obs, old, face) -> Placeholders.showOnly(root, switch (face) {
            case TEXT, BINARY, IMAGE -> text.node();
            case EMPTY -> empty;
            case LOADING, NONE -> loading;
        }));
        Placeholders.showOnly(root, loading);
    }

    public Node node() {
        return root;
    }

    public BodyView text() {
        return text;
    }
}
