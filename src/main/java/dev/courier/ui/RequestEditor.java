package dev.courier.ui;

import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The request's headers above its body, split so the user can drag the line between them. */
final class RequestEditor {

    private final SplitPane root = new SplitPane();
    private final JsonCodeArea body;

    RequestEditor(RequestViewModel vm, Executor background, Executor ui) {
        HeaderTable headers = new HeaderTable(vm);
        Label count = new Label();
        count.getStyleClass().add("count-badge");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Long.toString(vm.headers().stream().filter(r -> r.enabledProperty().get()).count()),
                vm.headers()));
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("add-header");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip("Add a header row"));
        add.setOnAction(e -> headers.addAndEdit());
        VBox headerSection = section("Headers", count, add, headers.node());

        body = new JsonCodeArea("body", background, ui);
        CodeArea area = body.area();
        area.replaceText(vm.bodyProperty().get());
        area.textProperty().addListener((obs, old, now) -> vm.bodyProperty().set(now));
        vm.bodyProperty().addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                area.replaceText(now);
            }
        });
        Label kind = new Label("JSON");
        kind.getStyleClass().add("count-badge");
        VBox bodySection = section("Body", kind, null, body.node());

        root.setOrientation(Orientation.VERTICAL);
        root.getStyleClass().add("request-editor");
        root.getItems().setAll(headerSection, bodySection);
        root.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(headerSection, false); // the body takes what the window gains or loses
    }

    Node node() {
        return root;
    }

    CodeArea bodyArea() {
        return body.area();
    }

    static VBox section(String title, Node badge, Node action, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(6, label);
        if (badge != null) {
            heading.getChildren().add(badge);
        }
        heading.getChildren().add(spacer);
        if (action != null) {
            heading.getChildren().add(action);
        }
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("section-heading");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox section = new VBox(heading, content);
        section.getStyleClass().add("section");
        return section;
    }
}
