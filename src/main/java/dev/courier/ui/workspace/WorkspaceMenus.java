package dev.courier.ui.workspace;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar: File (tabs, collections, Postman), View (text size, theme, environments) and Help (shortcuts). */
final class WorkspaceMenus {

    /** What the menus do; the window implements it. */
    interface Commands {
        void newTab();

        void closeTab();

        void save();

        void saveAs();

        void newCollection();

        void openCollection();

        void openRecent(Path file);

        void importPostman();

        void exportPostman();

        void manageEnvironments();

        void showShortcuts();

        void quit();
    }

    private WorkspaceMenus() {
    }

    static MenuBar create(Commands commands, Workspace workspace) {
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().setAll(workspace.collections().recent().stream().map(file -> {
                MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
                item.setOnAction(e -> commands.openRecent(file));
                return item;
            }).toList());
            recent.setDisable(recent.getItems().isEmpty());
        };
        workspace.collections().recent().addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();

        Menu file = new Menu("File", null,
                item("menu-new-request", "New request", Feather.PLUS, Shortcuts.NEW_TAB, commands::newTab),
                item("menu-new-collection", "New collection…", Feather.FOLDER_PLUS, null, commands::newCollection),
                item("menu-open", "Open collection…", Feather.FOLDER, Shortcuts.OPEN, commands::openCollection),
                recent,
                new SeparatorMenuItem(),
                item("menu-save", "Save", Feather.SAVE, Shortcuts.SAVE, commands::save),
                item("menu-save-as", "Save as…", null, Shortcuts.SAVE_AS, commands::saveAs),
                new SeparatorMenuItem(),
                item("menu-import-postman", "Import Postman collection…", Feather.DOWNLOAD, null,
                        commands::importPostman),
                item("menu-export-postman", "Export as Postman collection…", Feather.UPLOAD, null,
                        commands::exportPostman),
                new SeparatorMenuItem(),
                item("menu-close-tab", "Close tab", Feather.X, Shortcuts.CLOSE_TAB, commands::closeTab),
                item("menu-quit", "Quit", Feather.POWER, Shortcuts.QUIT, commands::quit));
        file.setId("menu-file");

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(workspace.tabs().darkProperty());
        Menu view = new Menu("View", null,
                item("menu-larger", "Larger text", Feather.ZOOM_IN, Shortcuts.LARGER, workspace.tabs()::makeFontLarger),
                item("menu-smaller", "Smaller text", Feather.ZOOM_OUT, Shortcuts.SMALLER,
                        workspace.tabs()::makeFontSmaller),
                item("menu-reset-size", "Default text size", null, Shortcuts.RESET_SIZE,
                        workspace.tabs()::resetFontSize),
                new SeparatorMenuItem(), dark,
                new SeparatorMenuItem(),
                item("menu-environments", "Manage environments…", Feather.SLIDERS, null,
                        commands::manageEnvironments));
        view.setId("menu-view");

        Menu help = new Menu("Help", null, item("menu-shortcuts", "Keyboard shortcuts", Feather.HELP_CIRCLE,
                Shortcuts.HELP, commands::showShortcuts));
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String id, String text, Feather icon, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
