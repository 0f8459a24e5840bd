package dev.courier.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.codegen.SnippetTargets;
import dev.courier.ui.code.CodePane;
import dev.courier.ui.code.CodeViewModel;
import dev.courier.ui.settings.CookieManagerDialog;
import dev.courier.ui.settings.NetworkPreferencesDialog;
import dev.courier.ui.settings.NetworkViewModel;
import dev.courier.ui.vars.VariableField;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
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

/**
 * One tab's content: request bar on top, request editor left, response right, the code pane when shown; and the
 * request's keyboard shortcuts (the window hands them over from wherever the focus is).
 */
public final class RequestView {

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
    private final DoubleProperty responseDivider = new SimpleDoubleProperty(this, "responseDivider", 0.5);

    public RequestView(RequestViewModel vm, NetworkViewModel network, ScheduledExecutorService background,
                       Executor ui) {
        this.vm = vm;
        this.network = network;
        codeVm = new CodeViewModel(vm, background, ui);
        code = new CodePane(codeVm, background, ui);
        imports = new ImportViewModel(vm, Path.of(System.getProperty("user.home")), background, ui);
        ToggleButton showCode = new ToggleButton("Code", new FontIcon(Feather.CODE));
        showCode.setId("show-code");
        showCode.setTooltip(new Tooltip("Show the code that sends this request in 27 languages"));
        showCode.selectedProperty().bindBidirectional(codeVm.activeProperty());
        codeVm.activeProperty().addListener((obs, old, now) -> showCode(now));

        bar = new RequestBar(vm, network, imports, showCode, moreMenu());
        vm.setDismissedHosts(network::dismissedHosts);
        editor = new RequestEditor(vm, background, ui);
        ResponsePane response = new ResponsePane(vm.response(), background, ui);
        split = new SplitPane(editor.node(), response.node());
        split.getStyleClass().add("main-split");
        split.setDividerPositions(0.5);
        followDivider();

        root.getStyleClass().add("request-view");
        VariableField.provide(root, vm.variablesProperty()); // the URL, table cells and auth fields find it here
        Label networkProblem = new Label(null, new FontIcon(Feather.ALERT_TRIANGLE));
        networkProblem.setId("network-problem");
        networkProblem.getStyleClass().add("security-warning");
        networkProblem.setMaxWidth(Double.MAX_VALUE);
        networkProblem.textProperty().bind(network.problemProperty());
        networkProblem.visibleProperty().bind(network.problemProperty().isNotEmpty());
        networkProblem.managedProperty().bind(networkProblem.visibleProperty());
        root.setTop(new VBox(bar.node(), networkProblem));
        root.setCenter(split);
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

    /**
     * Where the line between request and response is (0–1) while the code pane is hidden; setting it moves the
     * line. The window remembers it across tabs and restarts.
     */
    public DoubleProperty responseDividerProperty() {
        return responseDivider;
    }

    /** Keeps {@link #responseDivider} and the split's first divider in step; layout changes replace dividers. */
    private void followDivider() {
        InvalidationListener fromSplit = obs -> {
            if (split.getItems().size() == 2) {
                responseDivider.set(split.getDividers().get(0).getPosition());
            }
        };
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) { // layout changes replace dividers: follow each new one once
                change.getAddedSubList().forEach(d -> d.positionProperty().addListener(fromSplit));
            }
        });
        split.getDividers().forEach(d -> d.positionProperty().addListener(fromSplit));
        responseDivider.addListener((obs, old, now) -> {
            if (split.getItems().size() == 2
                    && Math.abs(split.getDividers().get(0).getPosition() - now.doubleValue()) > 1e-6) {
                split.setDividerPosition(0, now.doubleValue());
            }
        });
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
        cookies.setOnAction(e -> CookieManagerDialog.show(root.getScene().getWindow(), vm.cookieJar().cookies(),
                vm.cookieJar().owner()));
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
            split.setDividerPositions(0.33, 0.6); // the code gets 40%: snippet lines are long
        } else if (!visible) {
            double divider = split.getDividers().get(0).getPosition() / split.getDividers().get(1).getPosition();
            split.getItems().remove(code.node());
            split.setDividerPositions(Math.max(0.2, Math.min(0.8, divider)));
        }
    }

    /** Handles this request's shortcuts (send, cancel, format, copy code, focus URL); consumes what it handles. */
    public void handleKey(KeyEvent e) {
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
