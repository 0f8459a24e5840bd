package dev.courier.ui.workspace;

import atlantafx.base.theme.Styles;
import dev.courier.ui.RequestView;
import dev.courier.ui.Theme;
import dev.courier.ui.collections.OpenCollection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's content: the menu bar and theme switch on top, the sidebar (collections above history) on the left,
 * the request tabs on the right. Window-wide shortcuts are handled here, the request's own handed to the selected
 * tab's view.
 */
public final class WorkspaceView implements WorkspaceMenus.Commands {

    private final Workspace workspace;
    private final WorkspaceViewModel vm;
    private final BorderPane root = new BorderPane();
    private final SplitPane main;
    private final SplitPane sidebar;
    private final TabStrip tabs;
    private final SaveActions saves;
    private final FileActions fileActions;
    private final CollectionsPane collectionsPane;
    private final DoubleProperty responseDivider = new SimpleDoubleProperty(this, "responseDivider", 0.5);

    public WorkspaceView(Workspace workspace, FileDialogs dialogs, ScheduledExecutorService background, Executor ui) {
        this.workspace = workspace;
        this.vm = workspace.tabs();
        saves = new SaveActions(workspace, this::window, dialogs);
        fileActions = new FileActions(workspace.collections(), this::window, dialogs);
        tabs = new TabStrip(vm, tab -> newView(tab, background, ui), saves::close);
        collectionsPane = new CollectionsPane(workspace, saves, fileActions);
        HistoryPane history = new HistoryPane(workspace, saves);

        sidebar = new SplitPane(collectionsPane.node(), history.node());
        sidebar.setOrientation(Orientation.VERTICAL);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setDividerPositions(0.55);
        main = new SplitPane(sidebar, tabs.node());
        main.getStyleClass().add("workspace-split");
        main.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar, false);

        root.getStyleClass().add("courier");
        root.setTop(topBar());
        root.setCenter(main);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.selectedProperty().addListener((obs, old, now) -> {
            shareDivider();
            Optional.ofNullable(now).flatMap(TabViewModel::origin).ifPresent(collectionsPane::reveal);
        });
        responseDivider.addListener((obs, old, now) -> shareDivider());
        Theme.apply(root, vm.darkProperty().get());
        vm.darkProperty().addListener((obs, old, dark) -> Theme.apply(root, dark));
        FontSizes.apply(root, vm.fontSizeProperty().get());
        vm.fontSizeProperty().addListener((obs, old, size) -> FontSizes.apply(root, size.intValue()));
    }

    public Parent node() {
        return root;
    }

    /** The workspace is in place; until then an empty tab area shows nothing rather than "No open requests". */
    void ready() {
        tabs.ready();
    }

    /** The selected tab's request view, if a tab is open (tests read its editors). */
    public Optional<RequestView> selectedRequest() {
        return Optional.ofNullable(tabs.selectedView());
    }

    /** The split panes the window remembers: sidebar width, collections/history, request/response. */
    SplitPane mainSplit() {
        return main;
    }

    SplitPane sidebarSplit() {
        return sidebar;
    }

    DoubleProperty responseDividerProperty() {
        return responseDivider;
    }

    CollectionsPane collectionsPane() {
        return collectionsPane;
    }

    /** One request/response divider for all tabs: the selected tab shows the position last chosen. */
    private void shareDivider() {
        RequestView view = tabs.selectedView();
        if (view != null) {
            view.responseDividerProperty().set(responseDivider.get());
        }
    }

    private RequestView newView(TabViewModel tab, ScheduledExecutorService background, Executor ui) {
        RequestView view = new RequestView(tab.request(), workspace.network(), background, ui);
        view.responseDividerProperty().set(responseDivider.get());
        view.responseDividerProperty().addListener((obs, old, now) -> {
            if (tabs.selectedView() == view) {
                responseDivider.set(now.doubleValue());
            }
        });
        return view;
    }

    private HBox topBar() {
        Button themeToggle = new Button(null, new FontIcon(vm.darkProperty().get() ? Feather.SUN : Feather.MOON));
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeToggle.setTooltip(new Tooltip("Switch between light and dark theme"));
        themeToggle.setOnAction(e -> vm.darkProperty().set(!vm.darkProperty().get()));
        vm.darkProperty().addListener((obs, old, dark) ->
                themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON)));
        Button help = new Button(null, new FontIcon(Feather.HELP_CIRCLE));
        help.setId("show-shortcuts");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        help.setOnAction(e -> showShortcuts());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        EnvironmentSelector environment = new EnvironmentSelector(workspace.environments(), this::manageEnvironments);
        HBox bar = new HBox(4, WorkspaceMenus.create(this, workspace), spacer, environment.node(), help, themeToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("window-bar");
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (Shortcuts.NEW_TAB.match(e)) {
            newTab();
        } else if (Shortcuts.CLOSE_TAB.match(e)) {
            closeTab();
        } else if (Shortcuts.PREVIOUS_TAB.match(e)) {
            vm.selectPrevious();
        } else if (Shortcuts.NEXT_TAB.match(e)) {
            vm.selectNext();
        } else if (Shortcuts.SAVE_AS.match(e)) {
            saveAs();
        } else if (Shortcuts.SAVE.match(e)) {
            save();
        } else if (Shortcuts.OPEN.match(e)) {
            openCollection();
        } else if (Shortcuts.LARGER.match(e) || Shortcuts.LARGER_PLUS.match(e)) {
            vm.makeFontLarger();
        } else if (Shortcuts.SMALLER.match(e)) {
            vm.makeFontSmaller();
        } else if (Shortcuts.RESET_SIZE.match(e)) {
            vm.resetFontSize();
        } else if (Shortcuts.HELP.match(e) || Shortcuts.HELP_SLASH.match(e)) {
            showShortcuts();
        } else if (Shortcuts.QUIT.match(e)) {
            quit();
        } else {
            RequestView view = tabs.selectedView();
            if (view != null) {
                view.handleKey(e);
            }
            return;
        }
        e.consume();
    }

    @Override
    public void newTab() {
        vm.newTab();
        selectedRequest().ifPresent(RequestView::focusUrl);
    }

    @Override
    public void closeTab() {
        Optional.ofNullable(vm.selectedProperty().get()).ifPresent(saves::close);
    }

    @Override
    public void save() {
        Optional.ofNullable(vm.selectedProperty().get()).ifPresent(saves::save);
    }

    @Override
    public void saveAs() {
        Optional.ofNullable(vm.selectedProperty().get()).ifPresent(saves::saveAs);
    }

    @Override
    public void newCollection() {
        saves.newCollection();
    }

    @Override
    public void openCollection() {
        fileActions.openCollection();
    }

    @Override
    public void openRecent(Path file) {
        fileActions.openRecent(file);
    }

    @Override
    public void importPostman() {
        fileActions.importPostman();
    }

    /** Exports the collection of the selected tab's request, else the one selected in the sidebar or the only one. */
    @Override
    public void exportPostman() {
        Optional<OpenCollection> chosen = Optional.ofNullable(vm.selectedProperty().get())
                .flatMap(workspace::collectionOf)
                .or(() -> collectionsPane.selected().map(TreeEntry::collection))
                .or(() -> workspace.collections().open().size() == 1
                        ? Optional.of(workspace.collections().open().get(0)) : Optional.empty());
        chosen.ifPresentOrElse(fileActions::exportPostman, () -> workspace.collections().report(
                "Select the collection to export in the sidebar first."));
    }

    @Override
    public void manageEnvironments() {
        EnvironmentEditorDialog.show(window(), workspace.environments(), saves::settle);
    }

    @Override
    public void showShortcuts() {
        ShortcutSheet.show(window());
    }

    @Override
    public void quit() {
        Window window = window();
        if (window != null) {
            window.hide();
        }
        Platform.exit();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
