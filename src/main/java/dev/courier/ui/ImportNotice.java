package dev.courier.ui;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The brief notice after an import: what came in, its warnings (hover for all), Undo. It goes away by itself,
 * later when there are warnings to read, never while the pointer is on it.
 */
final class ImportNotice {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final Duration SHOWN_WITH_WARNINGS_FOR = Duration.seconds(20);

    private final HBox root = new HBox(8);

    ImportNotice(ImportViewModel vm) {
        Label message = new Label(null, new FontIcon(Feather.DOWNLOAD));
        message.setId("import-notice");
        message.textProperty().bind(vm.noticeProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label warnings = new Label(null, new FontIcon(Feather.ALERT_TRIANGLE));
        warnings.setId("import-warnings");
        warnings.getStyleClass().add("import-warnings");
        Tooltip list = new Tooltip();
        list.setWrapText(true);
        list.setMaxWidth(560);
        warnings.setTooltip(list);
        vm.warningsProperty().addListener((obs, old, now) -> {
            warnings.setText(now.isEmpty() ? "" : now.get(0) + (now.size() > 1 ? " (+" + (now.size() - 1) + " more)" : ""));
            list.setText(String.join("\n", now));
            warnings.setVisible(!now.isEmpty());
            warnings.setManaged(!now.isEmpty());
        });
        warnings.setVisible(false);
        warnings.setManaged(false);
        warnings.setMaxWidth(420);
        Button undo = new Button("Undo");
        undo.setId("undo-import");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.visibleProperty().bind(vm.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undo());
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip("Dismiss"));
        close.setOnAction(e -> vm.dismiss());
        root.getChildren().setAll(message, warnings, undo, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("import-notice");
        root.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
        vm.failedProperty().addListener((obs, old, now) -> root.pseudoClassStateChanged(FAILED, now));

        PauseTransition fade = new PauseTransition();
        fade.setOnFinished(e -> {
            if (root.isHover()) {
                fade.playFromStart(); // being read: keep it
            } else {
                vm.dismiss();
            }
        });
        vm.noticeProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                fade.setDuration(vm.warningsProperty().get().isEmpty() ? SHOWN_FOR : SHOWN_WITH_WARNINGS_FOR);
                fade.playFromStart();
            }
        });
    }

    HBox node() {
        return root;
    }
}
