package dev.courier.ui.workspace;

import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.ui.collections.OpenCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks where to save a request that is in no collection yet: which open collection, which folder, what name. */
final class SaveTargetDialog {

    /** Where the user chose to save. */
    record Target(OpenCollection collection, String folderId, String name) {
    }

    /** A folder choice, indented by depth; the collection's top level is {@link CollectionTree#ROOT}. */
    private record FolderChoice(String id, String label) {
    }

    private SaveTargetDialog() {
    }

    static Optional<Target> ask(Window owner, ObservableList<OpenCollection> collections, String suggestedName) {
        Dialog<Target> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save request");
        dialog.setHeaderText("Save this request in a collection");
        dialog.getDialogPane().setId("save-target-dialog");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);

        ComboBox<OpenCollection> collection = new ComboBox<>(collections);
        collection.setId("save-collection");
        collection.setConverter(new StringConverter<>() {
            @Override
            public String toString(OpenCollection c) {
                return c == null ? "" : c.collection().name() + " (" + c.file().getFileName() + ")";
            }

            @Override
            public OpenCollection fromString(String text) {
                return null;
            }
        });
        ComboBox<FolderChoice> folder = new ComboBox<>();
        folder.setId("save-folder");
        folder.setConverter(new StringConverter<>() {
            @Override
            public String toString(FolderChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public FolderChoice fromString(String text) {
                return null;
            }
        });
        collection.valueProperty().addListener((obs, old, now) -> {
            folder.getItems().setAll(now == null ? List.of() : folders(now));
            folder.getSelectionModel().selectFirst();
        });
        collection.getSelectionModel().selectFirst();
        TextField name = new TextField(suggestedName);
        name.setId("save-name");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label("Collection"), collection);
        grid.addRow(1, new Label("Folder"), folder);
        grid.addRow(2, new Label("Name"), name);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(collection.valueProperty().isNull()
                .or(name.textProperty().isEmpty()));
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(button -> button == save
                ? new Target(collection.getValue(), folder.getValue() == null ? CollectionTree.ROOT
                : folder.getValue().id(), name.getText().strip()) : null);
        return dialog.showAndWait();
    }

    private static List<FolderChoice> folders(OpenCollection collection) {
        List<FolderChoice> choices = new ArrayList<>();
        choices.add(new FolderChoice(CollectionTree.ROOT, "(top level)"));
        addFolders(collection.collection().items(), 0, choices);
        return choices;
    }

    private static void addFolders(List<Node> items, int depth, List<FolderChoice> choices) {
        for (Node node : items) {
            if (node instanceof Folder folder) {
                choices.add(new FolderChoice(folder.id(), "  ".repeat(depth + 1) + folder.name()));
                addFolders(folder.items(), depth + 1, choices);
            }
        }
    }
}
