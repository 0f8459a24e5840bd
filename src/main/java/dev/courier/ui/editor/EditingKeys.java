package dev.courier.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.Map;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Code-editor comforts: auto-indent on Enter, auto-closed brackets and quotes (typing the closer steps over it,
 * Backspace between a pair deletes both), Tab and Shift+Tab indent and outdent lines by two spaces.
 */
final class EditingKeys {

    static final String INDENT = "  ";
    private static final Map<Character, Character> PAIRS = Map.of('{', '}', '[', ']', '"', '"');

    private final CodeArea area;
    private boolean pairs = true;

    private EditingKeys(CodeArea area) {
        this.area = area;
    }

    /** Installs the keys on an editable area. */
    static EditingKeys install(CodeArea area) {
        EditingKeys keys = new EditingKeys(area);
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.ENTER), e -> keys.newline()),
                consume(keyPressed(KeyCode.TAB), e -> keys.indent()),
                consume(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), e -> keys.outdent()),
                process(keyPressed(KeyCode.BACK_SPACE), e -> keys.deletePair()),
                process(keyTyped(c -> c.length() == 1 && "{[\"}]".contains(c)),
                        e -> keys.typed(e.getCharacter().charAt(0)))));
        return keys;
    }

    /** Bracket and quote pairing only makes sense for JSON; other text gets plain typing. */
    void setPairs(boolean enabled) {
        pairs = enabled;
    }

    private void newline() {
        int caret = area.getCaretPosition();
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        int column = area.getCaretColumn();
        String indent = leadingWhitespace(line);
        String before = line.substring(0, column).stripTrailing();
        String after = line.substring(column).stripLeading();
        boolean opens = before.endsWith("{") || before.endsWith("[");
        boolean closesRightAway = opens && !after.isEmpty()
                && after.charAt(0) == PAIRS.get(before.charAt(before.length() - 1));
        if (closesRightAway) {
            area.replaceSelection("\n" + indent + INDENT + "\n" + indent);
            area.moveTo(caret + 1 + indent.length() + INDENT.length());
        } else {
            area.replaceSelection("\n" + indent + (opens ? INDENT : ""));
        }
        area.requestFollowCaret();
    }

    private void indent() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0 || !spansLines(selection)) {
            area.replaceSelection(INDENT);
            return;
        }
        forSelectedLines((paragraph, text) -> area.insertText(paragraph, 0, INDENT));
    }

    private void outdent() {
        forSelectedLines((paragraph, text) -> {
            int remove = Math.min(INDENT.length(), text.length() - text.stripLeading().length());
            if (remove > 0) {
                area.deleteText(paragraph, 0, paragraph, remove);
            }
        });
    }

    private InputHandler.Result deletePair() {
        int caret = area.getCaretPosition();
        if (!pairs || area.getSelection().getLength() > 0 || caret == 0 || caret >= area.getLength()) {
            return InputHandler.Result.PROCEED;
        }
        char before = area.getText(caret - 1, caret).charAt(0);
        char after = area.getText(caret, caret + 1).charAt(0);
        if (PAIRS.containsKey(before) && PAIRS.get(before) == after) {
            area.deleteText(caret - 1, caret + 1);
            return InputHandler.Result.CONSUME;
        }
        return InputHandler.Result.PROCEED;
    }

    private InputHandler.Result typed(char c) {
        if (!pairs) {
            return InputHandler.Result.PROCEED;
        }
        int caret = area.getCaretPosition();
        boolean hasSelection = area.getSelection().getLength() > 0;
        char next = !hasSelection && caret < area.getLength() ? area.getText(caret, caret + 1).charAt(0) : 0;
        boolean closer = c == '}' || c == ']' || c == '"';
        if (closer && next == c) {
            area.moveTo(caret + 1); // step over the closer typed earlier
            return InputHandler.Result.CONSUME;
        }
        if (PAIRS.containsKey(c) && (next == 0 || Character.isWhitespace(next) || ",:]}".indexOf(next) >= 0)) {
            int start = hasSelection ? area.getSelection().getStart() : caret;
            area.replaceSelection(c + String.valueOf(PAIRS.get(c)));
            area.moveTo(start + 1);
            return InputHandler.Result.CONSUME;
        }
        return InputHandler.Result.PROCEED;
    }

    private interface LineAction {
        void apply(int paragraph, String text);
    }

    /** Applies an action to each line the selection touches (or the caret's line), keeping them selected. */
    private void forSelectedLines(LineAction action) {
        IndexRange selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(selection.getEnd(), TwoDimensional.Bias.Backward).getMajor();
        for (int p = first; p <= last; p++) {
            action.apply(p, area.getParagraph(p).getText());
        }
        if (selection.getLength() > 0) {
            area.selectRange(first, 0, last, area.getParagraph(last).length());
        }
    }

    private boolean spansLines(IndexRange selection) {
        return area.getText(selection).contains("\n");
    }

    private static String leadingWhitespace(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
