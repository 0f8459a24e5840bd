package dev.courier.ui.response;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quiet faces of the response pane: an icon, a title and a hint, or a spinner. */
public final class Placeholders {

    private Placeholders() {
    }

    public static VBox of(Feather icon, String title, String hint) {
        Label detail = new Label(hint);
        return of(icon, title, detail);
    }

    /** A placeholder whose hint follows {@code hint}. */
    public static VBox of(Feather icon, String title, ObservableStringValue hint) {
        Label detail = new Label();
        detail.textProperty().bind(hint);
        return of(icon, title, detail);
    }

    /** A spinner with a line of text. */
    public static VBox busy(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("sending-progress");
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    /** Shows the child of {@code faces} that is {@code shown}, hiding the others. */
    public static void showOnly(StackPane faces, Node shown) {
        faces.getChildren().forEach(child -> child.setVisible(child == shown));
    }

    private static VBox of(Feather icon, String title, Label detail) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        VBox box = new VBox(10, graphic, heading, detail);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}
