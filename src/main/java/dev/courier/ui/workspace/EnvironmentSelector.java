package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.ui.environments.EnvironmentChoice;
import dev.courier.ui.environments.EnvironmentsViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
    /** The combo's own copy of the model's choices, replaced only while {@link #showing}. */
    private final ObservableList<EnvironmentChoice> items = FXCollections.observableArrayList();
    private final EnvironmentsViewModel vm;
    private boolean showing;

    EnvironmentSelector(EnvironmentsViewModel vm, Runnable manage) {
        combo.setId("environment");
        combo.getStyleClass().add("environment-selector");
        combo.setTooltip(new Tooltip("The environment whose variables the selected tab uses"));
        this.vm = vm;
        combo.setItems(items);
        combo.setCellFactory(list -> new ChoiceCell(null));
        combo.setButtonCell(new ChoiceCell(combo));
        // Only a person's pick goes to the model: while the items or the value are being replaced to show the
        // model, the combo's own echoes (null, or the old context's choice re-selected) are not choices.
        combo.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && !now.equals(vm.activeProperty().get()) && items.contains(now)) {
                vm.select(now);
            }
        });
        vm.activeProperty().addListener(obs -> show());
        vm.choices().addListener((ListChangeListener<EnvironmentChoice>) change -> show());
        show();

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

    /** Shows the model's choices and active one without telling the model again. */
    private void show() {
        if (showing) {
            return;
        }
        showing = true;
        try {
            if (!items.equals(vm.choices())) {
                combo.setValue(null);
                items.setAll(vm.choices());
            }
            combo.setValue(vm.activeProperty().get());
        } finally {
            showing = false;
        }
    }

    /**
     * An environment's name with where it lives: a collection's (archive) or global (globe). The button cell
     * ({@code combo} given) shows the combo's value even when the skin hands it no item.
     */
    private static final class ChoiceCell extends ListCell<EnvironmentChoice> {
        private final ComboBox<EnvironmentChoice> combo;

        ChoiceCell(ComboBox<EnvironmentChoice> combo) {
            this.combo = combo;
        }

        @Override
        protected void updateItem(EnvironmentChoice item, boolean empty) {
            super.updateItem(item, empty);
            EnvironmentChoice choice = item;
            if (combo != null && (empty || choice == null)) {
                choice = combo.getValue() == null ? EnvironmentChoice.NONE : combo.getValue();
                empty = false;
            }
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
