package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.core.collection.CollectionTree;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.drafts.RequestRef;
import dev.courier.ui.collections.CollectionsViewModel;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Collections sidebar ({@code #collections}): open collections → folders → requests with method badges; new,
 * rename (F2), duplicate (Ctrl+D), delete (Delete, with undo), drag and drop, sort, and a filter box. Every edit is
 * saved to the collection's file at once.
 */
final class CollectionsPane {

    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final Workspace workspace;
    private final CollectionsViewModel collections;
    private final SaveActions saves;
    private final FileActions fileActions;
    private final TreeView<TreeEntry> tree = new TreeView<>();
    private final CollectionTreeItems items = new CollectionTreeItems(tree);
    private final NoticeBar undoBar = new NoticeBar("undo-bar", "undo-delete", "Undo");
    private final VBox root = new VBox();
    private OpenCollection undoable;

    CollectionsPane(Workspace workspace, SaveActions saves, FileActions fileActions) {
        this.workspace = workspace;
        this.collections = workspace.collections();
        this.saves = saves;
        this.fileActions = fileActions;
        tree.setId("collections");
        tree.getStyleClass().add("collections-tree");
        tree.setCellFactory(view -> new CollectionTreeCell(this::menu, this::drop, this::canDrop));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                selected().filter(TreeEntry::isRequest).ifPresent(this::open);
            }
        });
        tree.setOnKeyPressed(e -> selected().ifPresent(entry -> {
            if (e.getCode() == KeyCode.F2) {
                rename(entry);
            } else if (e.getCode() == KeyCode.DELETE && !entry.isCollection()) {
                delete(entry);
            } else if (DUPLICATE.match(e) && !entry.isCollection()) {
                duplicate(entry);
            } else if (UNDO.match(e)) {
                settle(entry.collection(), entry.collection().undo());
            } else if (e.getCode() == KeyCode.ENTER && entry.isRequest()) {
                open(entry);
            } else {
                return;
            }
            e.consume();
        }));
        undoBar.setOnAction(() -> {
            if (undoable != null) {
                settle(undoable, undoable.undo());
            }
            undoBar.hide();
        });

        TextField filter = new TextField();
        filter.setId("collections-filter");
        filter.setPromptText("Filter requests");
        filter.getStyleClass().add(Styles.SMALL);
        filter.textProperty().bindBidirectional(collections.filterProperty());

        NoticeBar problem = new NoticeBar("collections-problem", "dismiss-problem", "Dismiss");
        problem.getStyleClass().add("problem");
        collections.problemProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                problem.hide();
            } else {
                problem.show(now);
            }
        });
        problem.setOnAction(collections::dismissProblem);

        Button newCollection = iconButton("new-collection", Feather.FOLDER_PLUS, "New collection");
        newCollection.setOnAction(e -> saves.newCollection());
        Button openCollection = iconButton("open-collection", Feather.FOLDER, "Open collection (Ctrl+O)");
        openCollection.setOnAction(e -> fileActions.openCollection());
        HBox heading = SidebarHeading.of("Collections", newCollection, openCollection);

        Label none = new Label("No collection open.\nFile → New collection or Open collection.");
        none.getStyleClass().addAll("sidebar-empty", Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.isEmpty(collections.open()));
        none.setMouseTransparent(true);
        StackPane treeArea = new StackPane(tree, none);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        root.getStyleClass().add("sidebar-section");
        root.getChildren().setAll(heading, filter, problem, undoBar, treeArea);

        InvalidationListener rebuild = obs -> items.rebuild(collections.open(), collections.filterProperty().get());
        collections.filterProperty().addListener(rebuild);
        collections.open().addListener((ListChangeListener<OpenCollection>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(c -> c.collectionProperty().addListener(rebuild));
            }
            rebuild.invalidated(collections.open());
        });
        collections.open().forEach(c -> c.collectionProperty().addListener(rebuild));
        rebuild.invalidated(collections.open());
    }

    VBox node() {
        return root;
    }

    /** The row under the selection, if any. */
    Optional<TreeEntry> selected() {
        return Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue);
    }

    /** Selects the row of a tab's saved request (selecting opens nothing; a click or Enter does). */
    void reveal(RequestRef ref) {
        items.find(Path.of(ref.collectionFile()) + "#" + ref.requestId()).ifPresent(row -> {
            tree.getSelectionModel().select(row);
            tree.scrollTo(tree.getRow(row));
        });
    }

    /**
     * What a drop does: moves the dragged row into a folder or collection (at the end), or before a request.
     * Moves stay within one collection; a folder cannot go into itself.
     */
    void drop(String draggedKey, TreeEntry target) {
        Optional<TreeEntry> dragged = items.find(draggedKey).map(TreeItem::getValue);
        if (!canDrop(draggedKey, target)) {
            return;
        }
        OpenCollection collection = target.collection();
        String id = dragged.get().id();
        String parent = target.isRequest() ? CollectionTree.parentId(collection.collection(), target.id())
                : target.id();
        int index = CollectionTree.END;
        if (target.isRequest()) {
            List<Node> siblings = parent.equals(CollectionTree.ROOT) ? collection.collection().items()
                    : ((Folder) collection.node(parent).orElseThrow()).items();
            List<String> remaining = siblings.stream().map(Node::id).filter(other -> !other.equals(id)).toList();
            index = remaining.indexOf(target.id());
        }
        collection.move(id, parent, index).ifPresent(saving -> settle(collection, saving));
    }

    /** Within one collection, never onto itself, and a folder never into one of its own folders. */
    private boolean canDrop(String draggedKey, TreeEntry target) {
        Optional<TreeEntry> dragged = items.find(draggedKey).map(TreeItem::getValue);
        if (dragged.isEmpty() || dragged.get().isCollection() || dragged.get().collection() != target.collection()
                || draggedKey.equals(target.key())) {
            return false;
        }
        return target.isCollection() || CollectionTree.ancestors(target.collection().collection(), target.id())
                .stream().noneMatch(folder -> folder.id().equals(dragged.get().id()));
    }

    private void open(TreeEntry entry) {
        workspace.openRequest(entry.collection(), (RequestItem) entry.node());
    }

    private void rename(TreeEntry entry) {
        WorkspaceDialogs.askName(window(), "Rename", "New name:", entry.name()).ifPresent(name -> {
            if (entry.isCollection()) {
                settle(entry.collection(), entry.collection().apply(entry.collection().collection().withName(name)));
            } else {
                settle(entry.collection(), entry.collection().rename(entry.id(), name));
            }
        });
    }

    private void delete(TreeEntry entry) {
        undoable = entry.collection();
        settle(entry.collection(), entry.collection().delete(entry.id()));
        undoBar.show("Deleted \"" + entry.name() + "\".");
    }

    private void duplicate(TreeEntry entry) {
        OpenCollection.Added copy = entry.collection().duplicate(entry.id());
        select(entry.collection(), copy);
    }

    private void newFolder(TreeEntry entry) {
        WorkspaceDialogs.askName(window(), "New folder", "Folder name:", "New folder").ifPresent(name ->
                select(entry.collection(), entry.collection().newFolder(entry.containerId(), name)));
    }

    private void newRequest(TreeEntry entry) {
        WorkspaceDialogs.askName(window(), "New request", "Request name:", "New request").ifPresent(name -> {
            RequestSpec blank = RequestSpec.of("GET", "", List.of(), Body.NONE);
            OpenCollection.Added added = entry.collection().newRequest(entry.containerId(), name, blank);
            select(entry.collection(), added);
            entry.collection().request(added.id()).ifPresent(item -> workspace.openRequest(entry.collection(), item));
        });
    }

    private void select(OpenCollection collection, OpenCollection.Added added) {
        settle(collection, added.saved());
        items.find(collection.file() + "#" + added.id()).ifPresent(tree.getSelectionModel()::select);
    }

    private void settle(OpenCollection collection, CompletableFuture<SaveResult> saving) {
        saves.settle(collection, saving);
    }

    private ContextMenu menu(TreeEntry entry) {
        ContextMenu menu = new ContextMenu();
        if (entry.isRequest()) {
            menu.getItems().add(item("Open", Feather.EXTERNAL_LINK, () -> open(entry)));
        } else {
            menu.getItems().addAll(item("New request", Feather.FILE_PLUS, () -> newRequest(entry)),
                    item("New folder", Feather.FOLDER_PLUS, () -> newFolder(entry)),
                    item("Sort by name", Feather.BAR_CHART_2, () -> settle(entry.collection(),
                            entry.collection().sort(entry.id()))));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("Rename (F2)", Feather.EDIT_2, () -> rename(entry)));
        if (!entry.isRequest()) {
            menu.getItems().add(item("Settings…", Feather.SLIDERS, () ->
                    FolderSettingsDialog.show(window(), entry, saves::settle)));
        }
        if (entry.isCollection()) {
            menu.getItems().addAll(item("Export as Postman…", Feather.SHARE, () ->
                            fileActions.exportPostman(entry.collection())),
                    item("Close collection", Feather.X, () -> collections.close(entry.collection())));
        } else {
            menu.getItems().addAll(item("Duplicate (Ctrl+D)", Feather.COPY, () -> duplicate(entry)),
                    item("Delete", Feather.TRASH_2, () -> delete(entry)));
        }
        return menu;
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button iconButton(String id, Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
