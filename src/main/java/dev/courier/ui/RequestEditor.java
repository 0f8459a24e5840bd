package dev.courier.ui;

import atlantafx.base.theme.Styles;
import dev.courier.core.model.RequestSettings;
import dev.courier.ui.auth.AuthPane;
import dev.courier.ui.body.BodyEditor;
import dev.courier.ui.params.ParamsPane;
import dev.courier.ui.settings.RequestSettingsPane;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The request's headers above its body, split so the user can drag the line between them. */
final class RequestEditor {

    private final SplitPane root = new SplitPane();
    private final BodyEditor body;

    RequestEditor(RequestViewModel vm, Executor background, Executor ui) {
        HeaderTable headers = new HeaderTable(vm.headers(), vm.auth(), vm.inheritedAuthProperty());
        Button add = new Button("Add header", new FontIcon(Feather.PLUS));
        add.setId("add-header");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip("Add a header row"));
        add.setOnAction(e -> headers.addAndEdit());
        HBox headerTools = new HBox(4, add);
        headerTools.getStyleClass().add("table-toolbar");
        VBox.setVgrow(headers.node(), Priority.ALWAYS);

        Tab paramsTab = new Tab(null, new ParamsPane(vm.params()).node());
        paramsTab.setId("params-tab");
        paramsTab.textProperty().bind(Bindings.createStringBinding(() -> "Params" + count(vm.params().params()
                .stream().filter(r -> r.enabledProperty().get()).count()), vm.params().params()));
        Tab headersTab = new Tab(null, new VBox(headerTools, headers.node()));
        headersTab.setId("headers-tab");
        headersTab.textProperty().bind(Bindings.createStringBinding(() -> "Headers" + count(headers.node().getItems()
                .stream().filter(r -> r.enabledProperty().get()).count()), headers.node().getItems(), vm.headers()));
        Tab authTab = new Tab(null, new AuthPane(vm.auth()).node());
        authTab.setId("auth-tab");
        authTab.textProperty().bind(Bindings.createStringBinding(() -> "Auth" + switch (vm.auth().typeProperty()
                .get()) {
            case BEARER -> " · Bearer";
            case BASIC -> " · Basic";
            case API_KEY -> " · API key";
            default -> "";
        }, vm.auth().typeProperty()));
        Tab settingsTab = new Tab(null, new RequestSettingsPane(vm.settingsProperty()).node());
        settingsTab.setId("settings-tab");
        settingsTab.textProperty().bind(Bindings.createStringBinding(() -> "Settings"
                + (vm.settingsProperty().get().equals(RequestSettings.DEFAULTS) ? "" : " •"), vm.settingsProperty()));
        TabPane tabs = new TabPane(paramsTab, headersTab, authTab, settingsTab);
        tabs.setId("request-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        tabs.getSelectionModel().select(headersTab);

        body = new BodyEditor(vm.body(), background, ui);
        body.showVariables(vm.variablesProperty());

        root.setOrientation(Orientation.VERTICAL);
        root.getStyleClass().add("request-editor");
        root.getItems().setAll(tabs, body.node());
        root.setDividerPositions(0.38);
        SplitPane.setResizableWithParent(tabs, false); // the body takes what the window gains or loses
    }

    private static String count(long n) {
        return n == 0 ? "" : " (" + n + ")";
    }

    Node node() {
        return root;
    }

    BodyEditor body() {
        return body;
    }
}
