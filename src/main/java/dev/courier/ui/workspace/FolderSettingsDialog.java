package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Variable;
import dev.courier.ui.auth.AuthPane;
import dev.courier.ui.auth.AuthViewModel;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import dev.courier.ui.environments.VariableTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A folder's or the collection's own settings ({@code #folder-settings}): the auth the requests inside inherit
 * (a folder may inherit its parent's, or send none) and its variables. Saved into the collection file on Save.
 */
final class FolderSettingsDialog {

    private FolderSettingsDialog() {
    }

    /**
     * Shows the settings of {@code entry} (a folder or the collection itself) until Save or Cancel.
     *
     * @param settle handles how saving the collection file went
     */
    static void show(Window owner, TreeEntry entry, BiConsumer<OpenCollection, CompletableFuture<SaveResult>> settle) {
        OpenCollection open = entry.collection();
        Collection collection = open.collection();
        Folder folder = entry.isFolder() ? (Folder) entry.node() : null;
        Defaults defaults = folder == null ? collection.defaults() : folder.defaults();

        AuthViewModel auth = new AuthViewModel();
        auth.load(defaults.auth(), folder != null && folder.inheritAuth());
        VariableTable variables = new VariableTable("folder-variables");
        variables.setVariables(folder == null ? collection.variables() : folder.variables());
        Label explained = new Label(folder == null ? "Requests in the collection that inherit their auth use this."
                : "Requests in this folder that inherit their auth use this; Inherit takes the parent folder's or "
                + "the collection's.");
        explained.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        explained.setWrapText(true);
        VBox authFace = new VBox(0, explained, new AuthPane(auth).node());
        authFace.getStyleClass().add("settings-face");
        Tab authTab = new Tab("Auth", authFace);
        authTab.setId("folder-auth-tab");
        VBox variablesFace = new VBox(variables.node());
        VBox.setVgrow(variables.node(), Priority.ALWAYS);
        variablesFace.getStyleClass().add("settings-face");
        Tab variablesTab = new Tab("Variables", variablesFace);
        variablesTab.setId("folder-variables-tab");
        TabPane tabs = new TabPane(authTab, variablesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(tabs);
        content.getStyleClass().add("folder-settings");
        content.setPrefSize(760, 420);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle((folder == null ? "Collection settings — " : "Folder settings — ") + entry.name());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("folder-settings");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != save) {
            return;
        }
        Collection current = open.collection(); // the tree may have changed while the dialog was open
        Collection edited = folder == null ? edited(current, auth, variables.variables())
                : CollectionTree.find(current, folder.id()).filter(Folder.class::isInstance)
                .map(f -> CollectionTree.replace(current, edited((Folder) f, auth, variables.variables())))
                .orElse(current);
        if (!edited.equals(current)) {
            settle.accept(open, open.apply(edited));
        }
    }

    /** Inherit and none are both no auth of the folder's own; they differ in what the requests inside get. */
    private static Folder edited(Folder folder, AuthViewModel auth, List<Variable> variables) {
        AuthViewModel.Type type = auth.typeProperty().get();
        boolean inherit = type == AuthViewModel.Type.INHERIT || type != AuthViewModel.Type.NONE && folder.inheritAuth();
        return folder.withDefaults(folder.defaults().withAuth(auth.toAuth())).withInheritAuth(inherit)
                .withVariables(variables);
    }

    /** A collection has nothing to inherit from: inherit means no auth. */
    private static Collection edited(Collection collection, AuthViewModel auth, List<Variable> variables) {
        Auth chosen = auth.inheritsAuth() ? Auth.NONE : auth.toAuth();
        return collection.withDefaults(collection.defaults().withAuth(chosen)).withVariables(variables);
    }
}
