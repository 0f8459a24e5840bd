package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import dev.courier.ui.environments.EnvironmentsViewModel;
import dev.courier.ui.environments.VariableTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Edits the environments of the selected tab's context ({@code #environment-editor}): on the left the collection's
 * variables and environments, then the globals and the global environments; on the right the chosen entry's
 * variables. A table's edits are saved when another entry is chosen, before New, Rename, Duplicate or Delete, and
 * when the dialog closes; the writes run off the UI thread.
 */
final class EnvironmentEditorDialog {

    /** A row of the list: the globals, the collection's own variables, or an environment. */
    private record Entry(Kind kind, EnvironmentRef ref, String label) {
        enum Kind { COLLECTION_VARIABLES, GLOBALS, ENVIRONMENT }

        boolean collectionSide() {
            return kind == Kind.COLLECTION_VARIABLES
                    || kind == Kind.ENVIRONMENT && ref.source() == EnvironmentRef.Source.COLLECTION;
        }
    }

    private final EnvironmentsViewModel vm;
    private final Window owner;
    private final BiConsumer<OpenCollection, CompletableFuture<SaveResult>> settle;
    private final ListView<Entry> list = new ListView<>();
    private final VariableTable table = new VariableTable("environment-variables");
    private final Label heading = new Label();
    private Entry shown;

    private EnvironmentEditorDialog(EnvironmentsViewModel vm, Window owner,
                                    BiConsumer<OpenCollection, CompletableFuture<SaveResult>> settle) {
        this.vm = vm;
        this.owner = owner;
        this.settle = settle;
    }

    /**
     * Shows the editor until it is closed.
     *
     * @param settle handles how saving a collection file went (e.g. a file changed on disk)
     */
    static void show(Window owner, EnvironmentsViewModel vm,
                     BiConsumer<OpenCollection, CompletableFuture<SaveResult>> settle) {
        new EnvironmentEditorDialog(vm, owner, settle).open();
    }

    private void open() {
        list.setId("environment-list");
        list.getStyleClass().add("environment-list");
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showEntry(now));
        Button create = button("New…", "environment-new", Feather.PLUS, "New environment", this::create);
        Button rename = button(null, "environment-rename", Feather.EDIT_2, "Rename", this::rename);
        Button duplicate = button(null, "environment-duplicate", Feather.COPY, "Duplicate", this::duplicate);
        Button delete = button(null, "environment-delete", Feather.TRASH_2, "Delete", this::delete);
        for (Button b : List.of(rename, duplicate, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().map(e ->
                    e.kind() != Entry.Kind.ENVIRONMENT).orElse(true));
        }
        HBox tools = new HBox(4, create, rename, duplicate, delete);
        tools.getStyleClass().add("environment-tools");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, tools, list);
        left.setPrefWidth(250);
        heading.setId("environment-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        VBox right = new VBox(6, heading, table.node());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(12, left, right);
        content.getStyleClass().add("environment-editor");
        content.setPrefSize(900, 460);
        content.disableProperty().bind(vm.loadedProperty().not());
        fill(firstEntry());

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Environments");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("environment-editor");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnHidden(e -> commit());
        dialog.showAndWait();
    }

    /** The list, rebuilt from the model, with {@code select} (or the first row) selected. */
    private void fill(Entry select) {
        List<Entry> entries = new ArrayList<>();
        OpenCollection collection = vm.contextProperty().get();
        if (collection != null) {
            entries.add(new Entry(Entry.Kind.COLLECTION_VARIABLES, null, "Collection variables"));
            for (Environment e : collection.collection().environments()) {
                entries.add(new Entry(Entry.Kind.ENVIRONMENT, EnvironmentRef.collection(e.name()), e.name()));
            }
        }
        entries.add(new Entry(Entry.Kind.GLOBALS, null, "Globals"));
        for (Environment e : vm.globalsProperty().get().environments()) {
            entries.add(new Entry(Entry.Kind.ENVIRONMENT, EnvironmentRef.global(e.name()), e.name()));
        }
        shown = null; // the table was committed by the caller
        list.getItems().setAll(entries);
        list.getSelectionModel().select(entries.contains(select) ? select : entries.get(0));
    }

    /** The active environment, else the globals. */
    private Entry firstEntry() {
        EnvironmentRef active = vm.activeProperty().get().ref();
        return active == null ? new Entry(Entry.Kind.GLOBALS, null, "Globals")
                : new Entry(Entry.Kind.ENVIRONMENT, active, active.name());
    }

    private void showEntry(Entry entry) {
        commit();
        shown = entry;
        if (entry == null) {
            table.setVariables(List.of());
            heading.setText("");
            return;
        }
        heading.setText(switch (entry.kind()) {
            case GLOBALS -> "Global variables (every request sees them)";
            case COLLECTION_VARIABLES -> "Variables of " + vm.contextProperty().get().collection().name();
            case ENVIRONMENT -> entry.label() + (entry.collectionSide() ? " (collection)" : " (global)");
        });
        table.setVariables(variables(entry));
    }

    private List<Variable> variables(Entry entry) {
        return switch (entry.kind()) {
            case GLOBALS -> vm.globalsProperty().get().variables();
            case COLLECTION_VARIABLES -> vm.contextProperty().get().collection().variables();
            case ENVIRONMENT -> vm.environment(entry.ref()).map(Environment::variables).orElse(List.of());
        };
    }

    /** Saves the table into the entry it shows. */
    private void commit() {
        if (shown == null || !vm.loadedProperty().get()) {
            return;
        }
        List<Variable> edited = table.variables();
        switch (shown.kind()) {
            case GLOBALS -> vm.setGlobalVariables(edited);
            case COLLECTION_VARIABLES -> settled(shown, vm.setCollectionVariables(edited));
            case ENVIRONMENT -> settled(shown, vm.setVariables(shown.ref(), edited));
        }
    }

    private void settled(Entry entry, CompletableFuture<SaveResult> saving) {
        if (entry.collectionSide()) {
            settle.accept(vm.contextProperty().get(), saving);
        }
    }

    private void create() {
        commit();
        Entry selected = list.getSelectionModel().getSelectedItem();
        EnvironmentRef.Source source = selected != null && selected.collectionSide()
                ? EnvironmentRef.Source.COLLECTION : EnvironmentRef.Source.GLOBAL;
        String where = source == EnvironmentRef.Source.COLLECTION ? "in the collection" : "global";
        WorkspaceDialogs.askName(owner, "New environment", "Name (" + where + "):", "New environment")
                .ifPresent(name -> select(vm.create(source, name)));
    }

    private void rename() {
        commit();
        Entry selected = list.getSelectionModel().getSelectedItem();
        WorkspaceDialogs.askName(owner, "Rename environment", "New name:", selected.label())
                .ifPresent(name -> select(vm.rename(selected.ref(), name)));
    }

    private void duplicate() {
        commit();
        select(vm.duplicate(list.getSelectionModel().getSelectedItem().ref()));
    }

    private void delete() {
        Entry selected = list.getSelectionModel().getSelectedItem();
        if (WorkspaceDialogs.confirm(owner, "delete-environment-dialog", "Delete environment",
                "Delete the environment \"" + selected.label() + "\"?", "Its variables are deleted with it.")) {
            shown = null; // nothing to save into it any more
            CompletableFuture<SaveResult> saving = vm.delete(selected.ref());
            settled(selected, saving);
            fill(null);
        }
    }

    private void select(EnvironmentsViewModel.Edit edit) {
        Entry entry = new Entry(Entry.Kind.ENVIRONMENT, edit.ref(), edit.ref().name());
        settled(entry, edit.saved());
        shown = null;
        fill(entry);
    }

    private static Button button(String text, String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** An entry with the icon of where it lives; the two variable lists stand out as group heads. */
    private static final class EntryCell extends ListCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("environment-group");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(entry.label());
            boolean group = entry.kind() != Entry.Kind.ENVIRONMENT;
            if (group) {
                getStyleClass().add("environment-group");
            }
            FontIcon icon = new FontIcon(entry.collectionSide() ? Feather.ARCHIVE : Feather.GLOBE);
            icon.getStyleClass().add("environment-icon");
            setGraphic(icon);
        }
    }
}
