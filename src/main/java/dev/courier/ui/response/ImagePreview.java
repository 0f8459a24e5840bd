package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A PNG, JPEG or GIF body as a picture, decoded off the UI thread, with its format, pixel size and byte size. */
final class ImagePreview {

    private final VBox root = new VBox();
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private final Executor work;
    private final Executor ui;
    private long generation;

    ImagePreview(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
        view.setId("response-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        caption.setId("response-image-caption");
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, "image-caption");
        StackPane canvas = new StackPane(view);
        canvas.getStyleClass().add("image-canvas");
        canvas.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("image-scroll");
        // Large pictures shrink to the pane; small ones keep their pixels.
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> view.getImage() == null
                ? 0 : Math.min(view.getImage().getWidth(), Math.max(1, scroll.getViewportBounds().getWidth() - 24)),
                view.imageProperty(), scroll.viewportBoundsProperty()));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(caption, scroll);
    }

    Node node() {
        return root;
    }

    /** Decodes and shows {@code body}; {@code summary} describes it ("PNG image · 12 KB"). */
    void show(ResponseBody body, String summary) {
        long run = ++generation;
        view.setImage(null);
        caption.setText(summary);
        if (body == null) {
            return;
        }
        work.execute(() -> {
            Image image;
            String problem = null;
            try (InputStream in = body.openStream()) {
                image = new Image(in);
                if (image.isError()) {
                    problem = image.getException() == null ? "unknown format" : image.getException().getMessage();
                }
            } catch (IOException e) {
                image = null;
                problem = e.getMessage();
            }
            Image decoded = image;
            String why = problem;
            ui.execute(() -> {
                if (run != generation) {
                    return;
                }
                if (why == null) {
                    view.setImage(decoded);
                    caption.setText(String.format(Locale.ROOT, "%s · %.0f × %.0f pixels", summary, decoded.getWidth(),
                            decoded.getHeight()));
                } else {
                    caption.setText(summary + " · could not be decoded: " + why);
                }
            });
        });
    }

    void clear() {
        generation++;
        view.setImage(null);
        caption.setText("");
    }
}
