package dev.courier.ui;

import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's content: request bar on top, request editor left, response right; and the keyboard shortcuts. */
public final class MainView {

    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final BorderPane root = new BorderPane();
    private final RequestBar bar;
    private final RequestEditor editor;
    private final RequestViewModel vm;

    public MainView(RequestViewModel vm, Executor background, Executor ui) {
        this.vm = vm;
        Button themeToggle = new Button(null, new FontIcon(Feather.MOON));
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeToggle.setTooltip(new Tooltip("Switch between light and dark theme"));
        themeToggle.setOnAction(e -> {
            boolean dark = !Theme.isDark(root);
            Theme.apply(root, dark);
            themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        });

        bar = new RequestBar(vm, themeToggle);
        editor = new RequestEditor(vm, background, ui);
        ResponsePane response = new ResponsePane(vm.response(), vm, background, ui);
        SplitPane split = new SplitPane(editor.node(), response.node());
        split.getStyleClass().add("main-split");
        split.setDividerPositions(0.5);

        root.getStyleClass().add("courier");
        root.setTop(bar.node());
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

    private void onKey(KeyEvent e) {
        if (SEND.match(e)) {
            bar.send();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.stateProperty().get() == RequestViewModel.State.SENDING) {
            vm.cancel();
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
