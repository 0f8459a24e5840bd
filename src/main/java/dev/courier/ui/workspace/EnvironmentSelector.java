package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.ui.environments.EnvironmentChoice;
import dev.courier.ui.environments.EnvironmentsViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The top bar's environment selector ({@code #environment}): "No environment", the selected tab's collection's
 * environments (archive icon) and the global ones (globe icon); then "Manage environments…".
 */
final class EnvironmentSelector {

    private final HBox root;
    private final ComboBox<EnvironmentChoice> combo = new ComboBox<>();
    private boolean showing;

    EnvironmentSelector(EnvironmentsViewModel vm, Runnable manage) {
        combo.setId("environment");
        combo.getStyleClass().add("environment-selector");
        combo.setTooltip(new Tooltip("The environment whose variables the selected tab uses"));
        combo.setItems(vm.choices());
        combo.setCellFactory(list -> new ChoiceCell());
        combo.setButtonCell(new ChoiceCell());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                vm.select(now);
            }
        });
        vm.activeProperty().addListener((obs, old, now) -> show(now));
        vm.choices().addListener((ListChangeListener<EnvironmentChoice>) change -> show(vm.activeProperty().get()));
        show(vm.activeProperty().get());

        Button edit = new Button(null, new FontIcon(Feather.SLIDERS));
        edit.setId("manage-environments");
        edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        edit.setTooltip(new Tooltip("Manage environments…"));
        edit.setOnAction(e -> manage.run());
        root = new HBox(2, combo, edit);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("environment-bar");
    }

    HBox node() {
        return root;
    }

    /** Shows the model's choice without telling the model again. */
    private void show(EnvironmentChoice choice) {
        showing = true;
        try {
            combo.setValue(choice);
        } finally {
            showing = false;
        }
    }

    /** An environment's name with where it lives: a collection's (archive) or global (globe). */
    private static final class ChoiceCell extends ListCell<EnvironmentChoice> {
        @Override
        protected void updateItem(EnvironmentChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(choice.label());
            if (choice.ref() == null) {
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(choice.isGlobal() ? Feather.GLOBE : Feather.ARCHIVE);
            icon.getStyleClass().add("environment-icon");
            setGraphic(icon);
        }
    }
}
