package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.core.Units;
import dev.courier.core.body.BodyPreview;
import dev.courier.core.model.Header;
import dev.courier.ui.editor.CodeEditor;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Status, time, size, then the body and headers of the response; or an empty, sending or error state. */
final class ResponsePane {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final VBox root = new VBox();
    private final CodeEditor body;

    ResponsePane(ResponseViewModel response, RequestViewModel request, Executor background, Executor ui) {
        Label status = new Label();
        status.setId("response-status");
        status.getStyleClass().add("status-pill");
        status.textProperty().bind(response.statusProperty());
        status.visibleProperty().bind(response.statusProperty().isNotEmpty());
        response.statusClassProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("status-class-"));
            status.getStyleClass().add("status-class-" + now.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
        Label time = metric("response-time", response.timeProperty(), Feather.CLOCK);
        Label size = metric("response-size", response.sizeProperty(), Feather.DOWNLOAD);
        Label title = new Label("Response");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, spacer, status, time, size);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("section-heading");

        body = new CodeEditor("response-body", false, background, ui);
        response.bodyProperty().addListener((obs, old, now) -> body.setText(now));
        response.bodyKindProperty().addListener((obs, old, now) ->
                body.setMode(now == BodyPreview.Kind.JSON ? CodeEditor.Mode.JSON : CodeEditor.Mode.PLAIN));
        Label notice = new Label();
        notice.setId("response-notice");
        notice.getStyleClass().add("response-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(response.noticeProperty());
        notice.visibleProperty().bind(response.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox.setVgrow(body.node(), Priority.ALWAYS);
        VBox bodyBox = new VBox(notice, body.node());

        TableView<Header> headers = headerTable(response);
        Tab bodyTab = new Tab("Body", bodyBox);
        Tab headersTab = new Tab();
        headersTab.setContent(headers);
        headersTab.textProperty().bind(Bindings.size(response.headers()).asString("Headers (%d)"));
        TabPane tabs = new TabPane(bodyTab, headersTab);
        tabs.setId("response-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);

        Node empty = placeholder(Feather.SEND, "No response yet", "Enter a URL and press Send (Ctrl+Enter).");
        Node sending = sendingState(request);
        Node error = errorState(response);
        Node cancelled = placeholder(Feather.X_CIRCLE, "Request cancelled", "Send it again with Ctrl+Enter.");
        Map<ResponseViewModel.Display, Node> faces = Map.of(ResponseViewModel.Display.EMPTY, empty,
                ResponseViewModel.Display.SENDING, sending, ResponseViewModel.Display.ERROR, error,
                ResponseViewModel.Display.CANCELLED, cancelled, ResponseViewModel.Display.RESPONSE, tabs);
        StackPane content = new StackPane(empty, sending, error, cancelled, tabs);
        VBox.setVgrow(content, Priority.ALWAYS);
        showOnly(content, faces.get(response.displayProperty().get()));
        response.displayProperty().addListener((obs, old, now) -> showOnly(content, faces.get(now)));

        root.getStyleClass().addAll("section", "response-pane");
        root.getChildren().setAll(heading, content);
    }

    Node node() {
        return root;
    }

    private static void showOnly(StackPane content, Node shown) {
        content.getChildren().forEach(child -> child.setVisible(child == shown));
    }

    private static Label metric(String id, javafx.beans.value.ObservableStringValue value, Feather icon) {
        Label label = new Label(null, new FontIcon(icon));
        label.setId(id);
        label.getStyleClass().addAll("metric", Styles.TEXT_MUTED);
        label.textProperty().bind(value);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !value.get().isEmpty(), value));
        return label;
    }

    private static TableView<Header> headerTable(ResponseViewModel response) {
        TableView<Header> table = new TableView<>(response.headers());
        table.setId("response-headers");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No headers"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<Header, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setPrefWidth(180);
        TableColumn<Header, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        value.setPrefWidth(400);
        table.getColumns().setAll(java.util.List.of(name, value));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e) && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                ClipboardContent text = new ClipboardContent();
                text.putString(table.getSelectionModel().getSelectedItems().stream()
                        .map(h -> h.name() + ": " + h.value()).collect(Collectors.joining("\n")));
                Clipboard.getSystemClipboard().setContent(text);
                e.consume();
            }
        });
        return table;
    }

    private static Node placeholder(Feather icon, String title, String hint) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label detail = new Label(hint);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        VBox box = new VBox(10, graphic, heading, detail);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    private static Node sendingState(RequestViewModel request) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("sending-progress");
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> "Sending… " + Units.duration(Duration.ofMillis(request.elapsedMillisProperty().get())),
                request.elapsedMillisProperty()));
        Label hint = new Label("Esc cancels");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, progress, heading, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    private static Node errorState(ResponseViewModel response) {
        FontIcon graphic = new FontIcon(Feather.ALERT_OCTAGON);
        graphic.getStyleClass().addAll("placeholder-icon", "error-icon");
        Label heading = new Label("Could not get a response");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label message = new Label();
        message.setId("response-error");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.textProperty().bind(response.errorProperty());
        VBox box = new VBox(10, graphic, heading, message);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}
