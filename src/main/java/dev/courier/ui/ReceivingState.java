package dev.courier.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The response pane while a request is on its way: elapsed time, then the body's download with a Cancel. */
final class ReceivingState {

    private final VBox root;

    ReceivingState(ResponseViewModel response) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("sending-progress");
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> response.downloadProperty().get().isEmpty()
                ? "Sending… " + response.elapsedProperty().get() : "Receiving the body… "
                + response.elapsedProperty().get(), response.elapsedProperty(), response.downloadProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("download-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(response.downloadFractionProperty());
        Label download = new Label();
        download.setId("download-status");
        download.getStyleClass().add(Styles.TEXT_MUTED);
        download.textProperty().bind(response.downloadProperty());
        bar.visibleProperty().bind(response.downloadProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        download.managedProperty().bind(download.visibleProperty());
        download.visibleProperty().bind(bar.visibleProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("response-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> response.cancel());
        Label hint = new Label("Esc cancels");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(12, spinner, heading, bar, download, cancel, hint);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("placeholder");
    }

    Node node() {
        return root;
    }
}
