package dev.courier.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;

import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonProblem;
import dev.courier.core.vars.VariableResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * A code editor for request and response bodies: line numbers, JSON colours from the core lexer (visible lines
 * only), problem underlines with a marked gutter line, matching brackets, find, and (when editable) the editing
 * comforts of {@link EditingKeys}.
 */
public final class CodeEditor {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** How the text is treated: JSON coloured by the lexer, plain, or coloured by the owner ({@link #setStyledText}). */
    public enum Mode { JSON, PLAIN, EXTERNAL }

    private final CodeArea area = new CodeArea();
    private final VBox root = new VBox();
    private final ParagraphStyler styler;
    private final Gutter gutter;
    private final FindBar find;
    private final EditingKeys keys;

    public CodeEditor(String id, boolean editable, Executor background, Executor ui) {
        area.setId(id);
        area.getStyleClass().add("code-editor");
        area.setEditable(editable);
        gutter = new Gutter(area);
        area.setParagraphGraphicFactory(gutter);
        styler = new ParagraphStyler(area, true, background, ui);
        new BracketMatcher(area, background, ui);
        find = new FindBar(area, background, ui);
        keys = editable ? EditingKeys.install(area) : null;
        Nodes.addInputMap(area, consume(keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN), e -> find.open()));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(find.node(), scroll);
    }

    public Node node() {
        return root;
    }

    public CodeArea area() {
        return area;
    }

    public void setMode(Mode mode) {
        styler.setEnabled(mode != Mode.EXTERNAL);
        styler.setJson(mode == Mode.JSON);
        if (keys != null) {
            keys.setPairs(mode == Mode.JSON);
        }
        if (mode != Mode.JSON) {
            showProblems(new JsonCheck(java.util.Optional.empty(), List.of()));
        }
    }

    /** Replaces the whole text (a new response body, a formatted document); the caret goes to the start. */
    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Replaces the text with text the owner has coloured already (e.g. generated code). */
    public void setStyledText(String text, StyleSpans<Collection<String>> styles) {
        setText(text);
        if (styles.length() == text.length()) {
            area.setStyleSpans(0, styles);
        }
    }

    /** Underlines the problems of a validation, marks the error's line and flags the editor {@code :invalid}. */
    public void showProblems(JsonCheck check) {
        List<JsonProblem> problems = new ArrayList<>(check.warnings());
        check.error().ifPresent(problems::add);
        styler.setProblems(problems);
        area.pseudoClassStateChanged(INVALID, check.error().isPresent());
        gutter.problemParagraphProperty().set(check.error()
                .filter(p -> p.offset() <= area.getLength())
                .map(p -> area.offsetToPosition(p.offset(), TwoDimensional.Bias.Forward).getMajor())
                .orElse(-1));
    }

    /**
     * Marks {@code {{names}}} as {@code variable} or {@code variable-unresolved} by whether {@code resolver} gives
     * them a value (visible lines only, like the colours); null stops marking them.
     */
    public void setVariables(VariableResolver resolver) {
        styler.setVariables(resolver);
    }

    public void openFind() {
        find.open();
    }
}
