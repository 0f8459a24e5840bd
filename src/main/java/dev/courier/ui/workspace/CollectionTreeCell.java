package dev.courier.ui.workspace;

import dev.courier.core.collection.RequestItem;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row of the collections tree: icon or method badge, name, its context menu; drag to move, drop to receive. */
final class CollectionTreeCell extends TreeCell<TreeEntry> {

    static final DataFormat NODE_KEY = new DataFormat("application/x-courier-node");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Function<TreeEntry, ContextMenu> menus;
    private final BiConsumer<String, TreeEntry> drop;
    private final BiPredicate<String, TreeEntry> canDrop;

    /**
     * @param menus   the context menu for a row
     * @param drop    moves the row with this key onto the given row
     * @param canDrop whether the row being dragged (by key) may be dropped on a row
     */
    CollectionTreeCell(Function<TreeEntry, ContextMenu> menus, BiConsumer<String, TreeEntry> drop,
                       BiPredicate<String, TreeEntry> canDrop) {
        this.menus = menus;
        this.drop = drop;
        this.canDrop = canDrop;
        getStyleClass().add("collection-cell");
        setOnDragDetected(e -> {
            TreeEntry entry = getItem();
            if (entry == null || entry.isCollection()) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(NODE_KEY, entry.key());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            Object key = e.getDragboard().getContent(NODE_KEY);
            if (getItem() != null && key instanceof String k && canDrop.test(k, getItem())) {
                e.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(e -> {
            Object key = e.getDragboard().getContent(NODE_KEY);
            boolean done = getItem() != null && key instanceof String k && canDrop.test(k, getItem());
            if (done) {
                drop.accept((String) key, getItem());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        Label name = new Label(entry.name());
        name.getStyleClass().add("node-name");
        HBox row = new HBox(6);
        row.getStyleClass().add("collection-row");
        if (entry.isCollection()) {
            row.getChildren().addAll(icon(Feather.ARCHIVE), name);
            name.getStyleClass().add("collection-name");
        } else if (entry.isFolder()) {
            row.getChildren().addAll(icon(Feather.FOLDER), name);
        } else {
            row.getChildren().addAll(methodBadge(((RequestItem) entry.node()).request().method()), name);
        }
        setText(null);
        setGraphic(row);
        setContextMenu(menus.apply(entry));
    }

    /** The method in its colour, e.g. GET green, DELETE red; other tokens grey. */
    static Label methodBadge(String method) {
        String shown = method.isBlank() ? "?" : method.strip().toUpperCase(Locale.ROOT);
        Label badge = new Label(shown.length() > 6 ? shown.substring(0, 6) : shown);
        badge.getStyleClass().add("method-badge");
        String lower = shown.toLowerCase(Locale.ROOT);
        if (METHODS.contains(lower)) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(lower), true);
        }
        return badge;
    }

    private static FontIcon icon(Feather feather) {
        FontIcon icon = new FontIcon(feather);
        icon.getStyleClass().add("tree-icon");
        return icon;
    }
}
