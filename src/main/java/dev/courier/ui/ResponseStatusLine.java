package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.ui.response.BodyActionsViewModel;
import java.io.File;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The response pane's heading: status (coloured by class), HTTP version, total time and time to first byte, size
 * (and bytes on the wire), the download while it runs; and the body's actions: copy, save, open elsewhere.
 */
final class ResponseStatusLine {

    private final HBox root = new HBox(10);

    ResponseStatusLine(ResponseViewModel response) {
        Label status = new Label();
        status.setId("response-status");
        status.getStyleClass().add("status-pill");
        status.textProperty().bind(response.statusProperty());
        status.visibleProperty().bind(response.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        response.statusClassProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("status-class-"));
            status.getStyleClass().add("status-class-" + now.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
        Label version = metric("response-version", response.versionProperty(), null);
        Label time = metric("response-time", response.timeProperty(), Feather.CLOCK);
        time.setTooltip(new Tooltip("Total time: from sending the request until the last byte of the body"));
        Label firstByte = metric("response-ttfb", response.firstByteProperty(), null);
        firstByte.setTooltip(new Tooltip("Time to first byte: until the response headers arrived"));
        Label size = metric("response-size", response.sizeProperty(), Feather.DOWNLOAD);
        size.setTooltip(new Tooltip("Body size after decoding; compressed bodies also show the bytes received"));
        Label download = metric("response-download", response.downloadProperty(), Feather.DOWNLOAD_CLOUD);
        Label title = new Label("Response");
        title.getStyleClass().add("section-title");
        title.visibleProperty().bind(response.statusProperty().isEmpty());
        title.managedProperty().bind(title.visibleProperty());
        // A narrow pane wraps the figures onto a second line rather than cutting them short.
        FlowPane figures = new FlowPane(10, 4, title, status, version, time, firstByte, size, download);
        figures.setAlignment(Pos.CENTER_LEFT);
        figures.setMinWidth(0);
        figures.setPrefWrapLength(200);
        HBox.setHgrow(figures, Priority.ALWAYS);
        Node actions = actions(response.body().actions());
        actions.visibleProperty().bind(response.displayProperty().isEqualTo(ResponseViewModel.Display.RESPONSE));
        actions.managedProperty().bind(actions.visibleProperty());
        root.getChildren().setAll(figures, actions);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("section-heading");
    }

    Node node() {
        return root;
    }

    private Node actions(BodyActionsViewModel body) {
        MenuItem copyBody = new MenuItem("Copy body (as received)");
        copyBody.setId("copy-body");
        copyBody.setOnAction(e -> body.copyBody(ResponseStatusLine::toClipboard));
        MenuItem copyFormatted = new MenuItem("Copy formatted");
        copyFormatted.setId("copy-formatted");
        copyFormatted.setOnAction(e -> body.copyFormatted(ResponseStatusLine::toClipboard));
        MenuButton copy = new MenuButton(null, new FontIcon(Feather.COPY), copyBody, copyFormatted);
        copy.setId("copy-menu");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        copy.setTooltip(new Tooltip("Copy the body"));
        Button save = iconButton("save-body", Feather.SAVE, "Save the body to a file");
        save.setOnAction(e -> save(body));
        Button open = iconButton("open-body", Feather.EXTERNAL_LINK, "Open the body in another application");
        open.setOnAction(e -> body.openExternally());
        Label message = new Label();
        message.setId("body-message");
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "body-message");
        message.setMaxWidth(320);
        message.textProperty().bind(body.messageProperty());
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(body.messageProperty());
        PauseTransition fade = new PauseTransition(Duration.seconds(6));
        fade.setOnFinished(e -> message.setVisible(false));
        body.messageProperty().addListener((obs, old, now) -> {
            message.setVisible(!now.isEmpty());
            fade.playFromStart();
        });
        HBox box = new HBox(2, message, copy, save, open);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void save(BodyActionsViewModel body) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the response body");
        chooser.setInitialFileName(body.suggestedFileName());
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            body.save(file.toPath());
        }
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Button iconButton(String id, Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static Label metric(String id, ObservableStringValue value, Feather icon) {
        Label label = new Label(null, icon == null ? null : new FontIcon(icon));
        label.setId(id);
        label.getStyleClass().addAll("metric", Styles.TEXT_MUTED);
        label.textProperty().bind(value);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !value.get().isEmpty(), value));
        label.managedProperty().bind(label.visibleProperty());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
