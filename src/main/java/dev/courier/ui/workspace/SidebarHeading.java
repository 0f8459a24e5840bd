package dev.courier.ui.workspace;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A sidebar section's title with its buttons on the right. */
final class SidebarHeading {

    private SidebarHeading() {
    }

    static HBox of(String title, Node... actions) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(4, label, spacer);
        heading.getChildren().addAll(actions);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("sidebar-heading");
        return heading;
    }
}
