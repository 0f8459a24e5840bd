package dev.courier.ui.code;

import atlantafx.base.theme.Styles;
import dev.courier.codegen.SnippetHighlighter;
import dev.courier.codegen.SnippetTarget;
import dev.courier.codegen.SnippetTargets;
import dev.courier.ui.editor.CodeEditor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The code pane: pick a language or library, read the code for the request, copy it. */
public final class CodePane {

    private final VBox root = new VBox();
    private final CodeViewModel vm;
    private final CodeEditor editor;
    private final Button copy = new Button("Copy", new FontIcon(Feather.COPY));
    private final Executor background;
    private final Executor ui;
    private long highlightVersion;

    public CodePane(CodeViewModel vm, Executor background, Executor ui) {
        this.vm = vm;
        this.background = background;
        this.ui = ui;
        ComboBox<SnippetTarget> target = new ComboBox<>();
        target.setId("snippet-target");
        target.getItems().setAll(SnippetTargets.all());
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setCellFactory(list -> new TargetCell());
        target.setButtonCell(new TargetCell());
        target.setVisibleRowCount(14);
        target.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(target, Priority.ALWAYS);
        target.setMaxWidth(Double.MAX_VALUE);

        copy.setId("copy-snippet");
        copy.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        copy.setTooltip(new Tooltip("Copy the code (Ctrl+Shift+C)"));
        copy.setOnAction(e -> copy());

        CheckBox mask = new CheckBox("Mask secrets");
        mask.setId("snippet-mask");
        mask.selectedProperty().bindBidirectional(vm.maskSecretsProperty());
        mask.setTooltip(new Tooltip("Tokens, passwords and API keys read from environment variables "
                + "(API_TOKEN, API_PASSWORD, API_KEY) instead of written into the code"));
        CheckBox longOptions = new CheckBox("Long options");
        longOptions.setId("snippet-long");
        longOptions.selectedProperty().bindBidirectional(vm.longOptionsProperty());
        longOptions.setTooltip(new Tooltip("--header rather than -H, for command-line tools"));

        Label title = new Label("Code");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, copy);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("section-heading");
        HBox picker = new HBox(8, target);
        HBox options = new HBox(14, mask, longOptions);
        VBox controls = new VBox(6, picker, options);
        controls.getStyleClass().add("table-toolbar");

        editor = new CodeEditor("snippet-code", false, background, ui);
        editor.setMode(CodeEditor.Mode.EXTERNAL);
        vm.codeProperty().addListener((obs, old, now) -> show(now));
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        root.getStyleClass().addAll("section", "code-pane");
        root.getChildren().setAll(heading, controls, editor.node());
    }

    public Node node() {
        return root;
    }

    /** Copies the code for the request as it is now, and says so on the button for a moment. */
    public void copy() {
        copy(vm.targetProperty().get());
    }

    /** Copies the request as code of {@code target}, whatever the pane shows. */
    public void copy(SnippetTarget target) {
        vm.generateNow(target).thenAccept(code -> ui.execute(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            PauseTransition back = new PauseTransition(Duration.seconds(1.5));
            back.setOnFinished(e -> copy.setText("Copy"));
            back.play();
        }));
    }

    /** Colours the code off the UI thread, then shows it. */
    private void show(String code) {
        long requested = ++highlightVersion;
        String language = vm.targetProperty().get().language();
        background.execute(() -> {
            StyleSpans<Collection<String>> spans = spans(code, language);
            ui.execute(() -> {
                if (requested == highlightVersion) {
                    editor.setStyledText(code, spans);
                }
            });
        });
    }

    static StyleSpans<Collection<String>> spans(String code, String language) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int[] last = {0};
        SnippetHighlighter.highlight(code, language, (start, end, role) -> {
            builder.add(List.of(), start - last[0]);
            builder.add(List.of("code-" + role.name().toLowerCase(Locale.ROOT)), end - start);
            last[0] = end;
        });
        builder.add(List.of(), code.length() - last[0]);
        return builder.create();
    }

    /** Shows a target by its display name. */
    private static final class TargetCell extends ListCell<SnippetTarget> {
        @Override
        protected void updateItem(SnippetTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
