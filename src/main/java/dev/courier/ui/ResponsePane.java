package dev.courier.ui;

import atlantafx.base.theme.Styles;
import dev.courier.ui.response.Placeholders;
import dev.courier.ui.response.PrettyView;
import dev.courier.ui.response.RawView;
import dev.courier.ui.response.RequestView;
import dev.courier.ui.response.ResponseTables;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The response: a status line, the engine's remarks, and tabs for the body (Pretty, Raw), Headers, Cookies, the
 * Request as sent and the redirect Timeline; or an empty, sending, error or cancelled face. Built from one
 * {@link ResponseViewModel}; self-contained, so each request tab can have its own.
 */
public final class ResponsePane {

    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final PrettyView pretty;
    private final RawView raw;

    /**
     * @param background the app's background executor (styling and find in the Request tab)
     * @param ui         runs a task on the UI thread
     */
    public ResponsePane(ResponseViewModel response, Executor background, Executor ui) {
        Executor work = response.work();
        pretty = new PrettyView(response.body(), work, ui);
        raw = new RawView(response.body(), work, ui);
        Tab prettyTab = tab("response-tab-pretty", "Pretty", pretty.node());
        Tab rawTab = tab("response-tab-raw", "Raw", raw.node());
        Tab headersTab = tab("response-tab-headers", "", ResponseTables.headers(response.headers()));
        headersTab.textProperty().bind(Bindings.size(response.headers()).asString("Headers (%d)"));
        Tab cookiesTab = tab("response-tab-cookies", "", ResponseTables.cookies(response.cookies()));
        cookiesTab.textProperty().bind(Bindings.size(response.cookies()).asString("Cookies (%d)"));
        Tab requestTab = tab("response-tab-request", "Request",
                new RequestView(response.request(), background, ui).node());
        Tab timelineTab = tab("response-tab-timeline", "", ResponseTables.timeline(response.hops()));
        timelineTab.textProperty().bind(Bindings.size(response.hops()).asString("Timeline (%d)"));
        tabs.getTabs().setAll(prettyTab, rawTab, headersTab, cookiesTab, requestTab);
        tabs.setId("response-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        response.hops().addListener((ListChangeListener<Object>) change -> {
            boolean redirected = !response.hops().isEmpty();
            if (redirected && !tabs.getTabs().contains(timelineTab)) {
                tabs.getTabs().add(timelineTab);
            } else if (!redirected) {
                tabs.getTabs().remove(timelineTab);
            }
        });
        rawTab.selectedProperty().addListener((obs, old, now) -> loadRawWhenShown(response, rawTab));
        response.body().faceProperty().addListener((obs, old, now) -> loadRawWhenShown(response, rawTab));

        Label notice = new Label();
        notice.setId("response-notice");
        notice.getStyleClass().add("response-notice");
        notice.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        notice.setWrapText(true);
        notice.textProperty().bind(response.noticeProperty());
        notice.visibleProperty().bind(response.noticeProperty().isNotEmpty()
                .and(response.displayProperty().isEqualTo(ResponseViewModel.Display.RESPONSE)));
        notice.managedProperty().bind(notice.visibleProperty());

        Node empty = Placeholders.of(Feather.SEND, "No response yet", "Enter a URL and press Send (Ctrl+Enter).");
        Node sending = new ReceivingState(response).node();
        Node error = errorState(response);
        Node cancelled = Placeholders.of(Feather.X_CIRCLE, "Request cancelled", "Send it again with Ctrl+Enter.");
        Map<ResponseViewModel.Display, Node> faces = Map.of(ResponseViewModel.Display.EMPTY, empty,
                ResponseViewModel.Display.SENDING, sending, ResponseViewModel.Display.ERROR, error,
                ResponseViewModel.Display.CANCELLED, cancelled, ResponseViewModel.Display.RESPONSE, tabs);
        StackPane content = new StackPane(empty, sending, error, cancelled, tabs);
        VBox.setVgrow(content, Priority.ALWAYS);
        Placeholders.showOnly(content, faces.get(response.displayProperty().get()));
        response.displayProperty().addListener((obs, old, now) -> Placeholders.showOnly(content, faces.get(now)));

        root.getStyleClass().addAll("section", "response-pane");
        root.getChildren().setAll(new ResponseStatusLine(response).node(), notice, content);
    }

    public Node node() {
        return root;
    }

    /** Opens the find bar of the body tab shown (Pretty by default). */
    public void openSearch() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && "response-tab-raw".equals(selected.getId())) {
            raw.text().openSearch();
        } else {
            tabs.getSelectionModel().select(0);
            pretty.text().openSearch();
        }
    }

    private static void loadRawWhenShown(ResponseViewModel response, Tab rawTab) {
        if (rawTab.isSelected()) {
            response.body().loadRaw();
        }
    }

    /**
     * A tab whose content is in the scene only while it is selected: JavaFX lays out and styles the content of
     * hidden tabs too, and a response changes every tab at once (tables, the Request tab's editor).
     */
    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, old, selected) -> tab.setContent(selected ? content : null));
        tab.setContent(tab.isSelected() ? content : null);
        return tab;
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
