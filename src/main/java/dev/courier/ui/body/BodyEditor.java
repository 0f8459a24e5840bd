package dev.courier.ui.body;

import atlantafx.base.theme.Styles;
import dev.courier.core.vars.VariableResolver;
import dev.courier.ui.KeyValueTable;
import dev.courier.ui.editor.CodeEditor;
import dev.courier.ui.vars.AreaVariables;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body section: a type selector and, per type, the code editor, the form table, the parts or the file. */
public final class BodyEditor {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final VBox root = new VBox();
    private final BodyViewModel vm;
    private final CodeEditor code;

    public BodyEditor(BodyViewModel vm, Executor background, Executor ui) {
        this.vm = vm;
        code = new CodeEditor("body", true, background, ui);
        CodeArea area = code.area();
        area.replaceText(vm.textProperty().get());
        area.textProperty().addListener((obs, old, now) -> vm.textProperty().set(now));
        vm.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                area.replaceText(now); // one undoable change, e.g. Format
            }
        });
        vm.checkProperty().addListener((obs, old, now) -> code.showProblems(now));
        code.showProblems(vm.checkProperty().get());

        Label problem = new Label();
        problem.setId("body-problem");
        problem.getStyleClass().add("body-problem");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(vm.messageProperty());
        problem.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        vm.checkProperty().addListener((obs, old, now) ->
                problem.pseudoClassStateChanged(WARNING, now.error().isEmpty()));
        VBox.setVgrow(code.node(), Priority.ALWAYS);
        VBox textPane = new VBox(code.node(), problem);

        KeyValueTable form = new KeyValueTable("body-form", vm.formFields(), "No fields. Add one with \"Add\".");
        PartTable parts = new PartTable(vm.parts());
        Label none = new Label("This request has no body.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane noneBox = new StackPane(none);
        Map<BodyType, Node> panes = Map.of(BodyType.NONE, noneBox, BodyType.FORM, withToolbar(form.node(),
                        button("Add field", "add-form-field", e -> form.addAndEdit())),
                BodyType.MULTIPART, withToolbar(parts.node(),
                        button("Add field", "add-part-field", e -> parts.add(PartRow.Kind.TEXT)),
                        button("Add file", "add-part-file", e -> parts.add(PartRow.Kind.FILE))),
                BodyType.BINARY, new BinaryBodyPane(vm, background, ui).node());
        StackPane content = new StackPane(textPane);
        panes.values().forEach(content.getChildren()::add);
        VBox.setVgrow(content, Priority.ALWAYS);

        ComboBox<BodyType> type = new ComboBox<>();
        type.setId("body-type");
        type.getItems().setAll(BodyType.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.getStyleClass().add(Styles.SMALL);
        Button format = button("Format", "format-body", e -> format(true));
        format.setTooltip(new Tooltip("Pretty-print with 2-space indentation (Ctrl+Shift+F)"));
        Button minify = button("Minify", "minify-body", e -> format(false));
        minify.setTooltip(new Tooltip("Remove all insignificant whitespace"));
        HBox jsonTools = new HBox(2, format, minify);
        Label title = new Label("Body");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, type, spacer, jsonTools);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("section-heading");

        Runnable showType = () -> {
            BodyType chosen = vm.typeProperty().get();
            textPane.setVisible(chosen.isText());
            panes.forEach((t, pane) -> pane.setVisible(t == chosen));
            jsonTools.setVisible(chosen == BodyType.JSON);
            code.setMode(chosen == BodyType.JSON ? CodeEditor.Mode.JSON : CodeEditor.Mode.PLAIN);
            if (chosen == BodyType.JSON) {
                code.showProblems(vm.checkProperty().get());
            }
        };
        vm.typeProperty().addListener((obs, old, now) -> showType.run());
        showType.run();

        root.getStyleClass().add("section");
        root.getChildren().setAll(heading, content);
    }

    public Node node() {
        return root;
    }

    public CodeArea area() {
        return code.area();
    }

    /**
     * Marks the {@code {{variables}}} of the text by whether {@code resolver} gives them a value, shows a value on
     * hover and completes names on Ctrl+Space; follows the resolver as it changes.
     */
    public void showVariables(ObservableValue<VariableResolver> resolver) {
        code.setVariables(resolver.getValue());
        resolver.addListener((obs, old, now) -> code.setVariables(now));
        AreaVariables.install(code.area(), resolver::getValue);
    }

    /** Formats (or minifies) a JSON body; a body that is not JSON is refused with the problem shown. */
    public void format(boolean pretty) {
        if (vm.typeProperty().get() == BodyType.JSON) {
            vm.format(pretty).whenComplete((text, error) -> code.area().requestFocus()); // so Ctrl+Z undoes it
        }
    }

    private static Node withToolbar(Node table, Button... buttons) {
        HBox toolbar = new HBox(4, buttons);
        toolbar.getStyleClass().add("table-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(toolbar, table);
    }

    private static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setOnAction(action);
        return button;
    }
}
