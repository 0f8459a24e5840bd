package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.codegen.SnippetTargets;
import dev.courier.ui.code.CodePane;
import dev.courier.ui.code.CodeViewModel;
import dev.courier.ui.settings.CookieManagerDialog;
import dev.courier.ui.settings.NetworkPreferencesDialog;
import dev.courier.ui.settings.NetworkViewModel;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's content: request bar on top, request editor left, response right; and the keyboard shortcuts. */
public final class MainView {

    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination COPY_CODE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final BorderPane root = new BorderPane();
    private final RequestBar bar;
    private final RequestEditor editor;
    private final RequestViewModel vm;
    private final CodePane code;
    private final CodeViewModel codeVm;
    private final ImportViewModel imports;
    private final SplitPane split;
    private final NetworkViewModel network;

    public MainView(RequestViewModel vm, NetworkViewModel network, ScheduledExecutorService background, Executor ui) {
        this.vm = vm;
        this.network = network;
        codeVm = new CodeViewModel(vm, background, ui);
        code = new CodePane(codeVm, background, ui);
        imports = new ImportViewModel(vm, Path.of(System.getProperty("user.home")), background, ui);
        Button themeToggle = new Button(null, new FontIcon(Feather.MOON));
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeToggle.setTooltip(new Tooltip("Switch between light and dark theme"));
        themeToggle.setOnAction(e -> {
            boolean dark = !Theme.isDark(root);
            Theme.apply(root, dark);
            themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        });

        ToggleButton showCode = new ToggleButton("Code", new FontIcon(Feather.CODE));
        showCode.setId("show-code");
        showCode.setTooltip(new Tooltip("Show the code that sends this request in 27 languages"));
        showCode.selectedProperty().bindBidirectional(codeVm.activeProperty());
        codeVm.activeProperty().addListener((obs, old, now) -> showCode(now));

        bar = new RequestBar(vm, imports, showCode, moreMenu(), themeToggle);
        editor = new RequestEditor(vm, background, ui);
        ResponsePane response = new ResponsePane(vm.response(), background, ui);
        split = new SplitPane(editor.node(), response.node());
        split.getStyleClass().add("main-split");
        split.setDividerPositions(0.5);

        root.getStyleClass().add("courier");
        Label networkProblem = new Label(null, new FontIcon(Feather.ALERT_TRIANGLE));
        networkProblem.setId("network-problem");
        networkProblem.getStyleClass().add("security-warning");
        networkProblem.setMaxWidth(Double.MAX_VALUE);
        networkProblem.textProperty().bind(network.problemProperty());
        networkProblem.visibleProperty().bind(network.problemProperty().isNotEmpty());
        networkProblem.managedProperty().bind(networkProblem.visibleProperty());
        root.setTop(new VBox(bar.node(), networkProblem));
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Theme.apply(root, false);
    }

    public Parent node() {
        return root;
    }

    /** The URL field has the focus when the window opens. */
    public void focusUrl() {
        bar.urlField().requestFocus();
    }

    public CodeArea bodyArea() {
        return editor.body().area();
    }

    private MenuButton moreMenu() {
        MenuItem importCurl = new MenuItem("Import curl command…", new FontIcon(Feather.DOWNLOAD));
        importCurl.setId("import-curl");
        importCurl.setOnAction(e -> ImportCurlDialog.ask(root.getScene().getWindow()).ifPresent(imports::importCurl));
        MenuItem copyCurl = new MenuItem("Copy as curl", new FontIcon(Feather.COPY));
        copyCurl.setId("copy-as-curl");
        copyCurl.setOnAction(e -> copyAsCurl());
        MenuItem cookies = new MenuItem("Cookies…", new FontIcon(Feather.DATABASE));
        cookies.setId("manage-cookies");
        cookies.setOnAction(e -> CookieManagerDialog.show(root.getScene().getWindow(), network.cookieJar(),
                "Cookies of unsaved requests"));
        MenuItem preferences = new MenuItem("Network preferences…", new FontIcon(Feather.GLOBE));
        preferences.setId("network-preferences");
        preferences.setOnAction(e -> NetworkPreferencesDialog.ask(root.getScene().getWindow(), network.preferences())
                .ifPresent(network::save));
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), importCurl, copyCurl,
                new SeparatorMenuItem(), cookies, preferences);
        more.setId("more-menu");
        more.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("Import and export"));
        return more;
    }

    private void copyAsCurl() {
        code.copy(SnippetTargets.byId("curl").orElseThrow());
    }

    /** Shows or hides the code pane as a third column, keeping the other columns' proportions. */
    private void showCode(boolean visible) {
        if (visible && !split.getItems().contains(code.node())) {
            split.getItems().add(code.node());
            split.setDividerPositions(0.36, 0.68);
        } else if (!visible) {
            split.getItems().remove(code.node());
            split.setDividerPositions(0.5);
        }
    }

    private void onKey(KeyEvent e) {
        if (SEND.match(e)) {
            bar.send();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.stateProperty().get() == RequestViewModel.State.SENDING) {
            vm.cancel();
            e.consume();
        } else if (COPY_CODE.match(e)) {
            code.copy();
            e.consume();
        } else if (FORMAT.match(e)) {
            editor.body().format(true);
            e.consume();
        } else if (FOCUS_URL.match(e)) {
            bar.urlField().requestFocus();
            bar.urlField().selectAll();
            e.consume();
        }
    }
}
