package dev.courier.ui;

import atlantafx.base.theme.Styles;
import dev.courier.ui.body.BodyEditor;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The request's headers above its body, split so the user can drag the line between them. */
final class RequestEditor {

    private final SplitPane root = new SplitPane();
    private final BodyEditor body;

    RequestEditor(RequestViewModel vm, Executor background, Executor ui) {
        KeyValueTable headers = new KeyValueTable("headers", vm.headers(), "No headers. Add one with \"Add\".");
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

        body = new BodyEditor(vm.body(), background, ui);

        root.setOrientation(Orientation.VERTICAL);
        root.getStyleClass().add("request-editor");
        root.getItems().setAll(headerSection, body.node());
        root.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(headerSection, false); // the body takes what the window gains or loses
    }

    Node node() {
        return root;
    }

    BodyEditor body() {
        return body;
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
