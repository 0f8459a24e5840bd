package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.Variable;
import dev.courier.ui.KeyValueRow;
import dev.courier.ui.KeyValueTable;
import dev.courier.ui.auth.AuthPane;
import dev.courier.ui.auth.AuthViewModel;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import dev.courier.ui.environments.VariableTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A folder's or the collection's own settings ({@code #folder-settings}): the base URL and headers the requests
 * inside start from, the auth they inherit (a folder may inherit its parent's, or send none) and its variables.
 * Saved into the collection file on Save.
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

        TextField baseUrl = new TextField(defaults.baseUrl());
        baseUrl.setId("folder-base-url");
        baseUrl.setPromptText("e.g. https://api.example.com/v1, {{base}} or /users");
        ObservableList<KeyValueRow> headerRows = FXCollections.observableArrayList();
        headerRows.setAll(defaults.headers().stream().map(KeyValueRow::of).toList());
        Tab defaultsTab = new Tab("Defaults", defaultsFace(baseUrl, headerRows, folder == null));
        defaultsTab.setId("folder-defaults-tab");

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
        TabPane tabs = new TabPane(defaultsTab, authTab, variablesTab);
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
        String base = baseUrl.getText().strip();
        List<Header> headers = headerRows.stream().map(KeyValueRow::toHeader).filter(h -> !h.name().isBlank())
                .toList();
        Collection edited = folder == null
                ? edited(current.withDefaults(current.defaults().withBaseUrl(base).withHeaders(headers)), auth,
                        variables.variables())
                : CollectionTree.find(current, folder.id()).filter(Folder.class::isInstance).map(Folder.class::cast)
                .map(f -> f.withDefaults(f.defaults().withBaseUrl(base).withHeaders(headers)))
                .map(f -> CollectionTree.replace(current, edited(f, auth, variables.variables())))
                .orElse(current);
        if (!edited.equals(current)) {
            settle.accept(open, open.apply(edited));
        }
    }

    /** The base URL and headers the requests inside start from. */
    private static VBox defaultsFace(TextField baseUrl, ObservableList<KeyValueRow> headerRows, boolean collection) {
        Label baseLabel = new Label(collection ? "Base URL" : "Base URL (relative ones extend the parent's)");
        baseLabel.setLabelFor(baseUrl);
        KeyValueTable headers = new KeyValueTable("folder-headers", headerRows, "No default headers.");
        Button add = new Button("Add header", new FontIcon(Feather.PLUS));
        add.setId("folder-add-header");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> headers.addAndEdit());
        Label explained = new Label("A request's URL without a scheme (e.g. /users) is sent to the base URL. These "
                + "headers go with every request inside, unless it has its own header of that name.");
        explained.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        explained.setWrapText(true);
        VBox.setVgrow(headers.node(), Priority.ALWAYS);
        VBox face = new VBox(6, baseLabel, baseUrl, explained, new HBox(new Label("Headers"), spacer(), add),
                headers.node());
        face.getStyleClass().add("settings-face");
        return face;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
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
