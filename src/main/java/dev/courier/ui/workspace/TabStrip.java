package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.ui.RequestView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The request tabs ({@code #tabs}) above the selected tab's request view. The tab pane holds only the tab headers;
 * the selected tab's view alone is in the scene, so {@code #url}, {@code #send}… always mean the visible request.
 */
final class TabStrip {

    private static final String TAB_ID_PREFIX = "request-tab-";

    private final WorkspaceViewModel vm;
    private final Function<TabViewModel, RequestView> newView;
    private final Consumer<TabViewModel> closeRequest;
    private final TabPane strip = new TabPane();
    private final StackPane content = new StackPane();
    private final VBox root = new VBox();
    private final Map<TabViewModel, Tab> tabs = new HashMap<>();
    private final Map<TabViewModel, RequestView> views = new HashMap<>();
    private final Node empty;
    private boolean syncing;

    /**
     * @param newView      builds the view of a tab the first time it is shown
     * @param closeRequest closes a tab, asking first when it has unsaved changes
     */
    TabStrip(WorkspaceViewModel vm, Function<TabViewModel, RequestView> newView, Consumer<TabViewModel> closeRequest) {
        this.vm = vm;
        this.newView = newView;
        this.closeRequest = closeRequest;
        strip.setId("tabs");
        strip.getStyleClass().addAll("request-tabs", Styles.DENSE);
        strip.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        strip.setMinHeight(Region.USE_PREF_SIZE);
        strip.setMaxHeight(Region.USE_PREF_SIZE);
        strip.addEventFilter(MouseEvent.MOUSE_CLICKED, this::closeOnMiddleClick);
        strip.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.selectedProperty().set(tabModel(now));
            }
        });
        empty = emptyState();
        empty.setVisible(false); // until the last workspace is back: no "No open requests" flash at start
        content.getStyleClass().add("tab-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().setAll(strip, content);
        root.getStyleClass().add("tab-area");

        vm.tabs().addListener((ListChangeListener<TabViewModel>) change -> syncTabs());
        vm.selectedProperty().addListener((obs, old, now) -> showSelected());
        syncTabs();
    }

    Node node() {
        return root;
    }

    /** The selected tab's view, if a tab is open. */
    RequestView selectedView() {
        TabViewModel selected = vm.selectedProperty().get();
        return selected == null ? null : views.get(selected);
    }

    private void syncTabs() {
        syncing = true;
        try {
            List<Tab> ordered = vm.tabs().stream().map(t -> tabs.computeIfAbsent(t, this::newTab)).toList();
            // Built at once, not when first shown: a response that arrives meanwhile must find its view listening.
            vm.tabs().forEach(t -> views.computeIfAbsent(t, newView));
            tabs.keySet().retainAll(vm.tabs());
            views.keySet().retainAll(vm.tabs());
            // Edited in place: a tab header rebuilt by setAll would lose its graphic (the dirty dot).
            strip.getTabs().removeIf(tab -> !ordered.contains(tab));
            for (int i = 0; i < ordered.size(); i++) {
                Tab tab = ordered.get(i);
                if (i >= strip.getTabs().size() || strip.getTabs().get(i) != tab) {
                    strip.getTabs().remove(tab);
                    strip.getTabs().add(i, tab);
                }
            }
        } finally {
            syncing = false;
        }
        showSelected();
    }

    private void showSelected() {
        TabViewModel selected = vm.selectedProperty().get();
        syncing = true;
        try {
            strip.getSelectionModel().select(selected == null ? null : tabs.get(selected));
        } finally {
            syncing = false;
        }
        if (selected == null) {
            content.getChildren().setAll(empty);
            return;
        }
        RequestView view = views.computeIfAbsent(selected, newView);
        content.getChildren().setAll(view.node());
    }

    /** The workspace has been restored: from now on no open tab means the empty state. */
    void ready() {
        empty.setVisible(true);
    }

    private Tab newTab(TabViewModel model) {
        Tab tab = new Tab();
        tab.setId(TAB_ID_PREFIX + model.id());
        tab.textProperty().bind(model.titleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> model.origin()
                .map(ref -> model.nameProperty().get() + " — " + ref.collectionFile())
                .orElse(model.titleProperty().get() + " (not saved in a collection)"),
                model.originProperty(), model.nameProperty(), model.titleProperty()));
        tab.setTooltip(tip);
        model.dirtyProperty().addListener((obs, old, now) -> markDirty(tab, now));
        markDirty(tab, model.isDirty());
        tab.setOnCloseRequest(e -> {
            e.consume(); // the model decides: it may ask first
            closeRequest.accept(model);
        });
        return tab;
    }

    /** The style class app.css draws the dot with, in place of the close button (a graphic would not survive). */
    private static void markDirty(Tab tab, boolean dirty) {
        tab.getStyleClass().remove("dirty");
        if (dirty) {
            tab.getStyleClass().add("dirty");
        }
    }

    private void closeOnMiddleClick(MouseEvent e) {
        if (e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        for (Node node = e.getPickResult().getIntersectedNode(); node != null && node != strip;
             node = node.getParent()) {
            String id = node.getId();
            if (id != null && id.startsWith(TAB_ID_PREFIX)) {
                strip.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .ifPresent(t -> closeRequest.accept(tabModel(t)));
                e.consume();
                return;
            }
        }
    }

    private TabViewModel tabModel(Tab tab) {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.LAYERS);
        icon.getStyleClass().add("placeholder-icon");
        Label heading = new Label("No open requests");
        heading.getStyleClass().add(Styles.TITLE_4);
        Button open = new Button("New request", new FontIcon(Feather.PLUS));
        open.setId("empty-new-request");
        open.setOnAction(e -> vm.newTab());
        Label hint = new Label("Ctrl+N opens a new request; a click in Collections or History opens a saved one.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, icon, heading, open, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}
