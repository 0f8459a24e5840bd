package dev.courier.ui.editor;

import dev.courier.core.json.JsonLexer;
import dev.courier.core.json.JsonTokenType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Highlights the bracket next to the caret and its partner. The search lexes a window of text around the caret
 * off the UI thread, so brackets inside strings never match.
 */
final class BracketMatcher {

    private static final int WINDOW = 20_000;

    private final CodeArea area;
    private final Executor background;
    private final Executor ui;
    private final Selection<Collection<String>, String, Collection<String>> first;
    private final Selection<Collection<String>, String, Collection<String>> second;
    private boolean scheduled;
    private long generation;

    record Match(int open, int close) {
    }

    BracketMatcher(CodeArea area, Executor background, Executor ui) {
        this.area = area;
        this.background = background;
        this.ui = ui;
        first = new SelectionImpl<>("bracket-1", area, path -> path.getStyleClass().add("matching-bracket"));
        second = new SelectionImpl<>("bracket-2", area, path -> path.getStyleClass().add("matching-bracket"));
        area.addSelection(first);
        area.addSelection(second);
        area.caretPositionProperty().addListener((obs, old, now) -> request());
        area.plainTextChanges().subscribe(change -> request());
        area.focusedProperty().addListener((obs, old, now) -> request()); // only the focused editor shows a match
    }

    private void request() {
        if (!scheduled) {
            scheduled = true;
            ui.execute(() -> {
                scheduled = false;
                search();
            });
        }
    }

    private void search() {
        if (!area.isFocused()) {
            show(++generation, Optional.empty());
            return;
        }
        int caret = area.getCaretPosition();
        // Start the window at a line start: a JSON string never spans lines, so the lexer starts in sync.
        int paragraph = area.offsetToPosition(Math.max(0, caret - WINDOW), TwoDimensional.Bias.Forward).getMajor();
        int start = area.getAbsolutePosition(paragraph, 0);
        int end = Math.min(area.getLength(), caret + WINDOW);
        String window = area.getText(start, end);
        long requested = ++generation;
        background.execute(() -> {
            Optional<Match> match = find(window, caret - start).map(m -> new Match(m.open + start, m.close + start));
            ui.execute(() -> show(requested, match));
        });
    }

    private void show(long requested, Optional<Match> match) {
        if (requested != generation) {
            return;
        }
        if (match.isPresent() && match.get().close() < area.getLength()) {
            first.selectRange(match.get().open(), match.get().open() + 1);
            second.selectRange(match.get().close(), match.get().close() + 1);
        } else {
            first.deselect();
            second.deselect();
        }
    }

    /** The bracket just before (else just after) the caret and its partner, as offsets in {@code text}. */
    static Optional<Match> find(String text, int caret) {
        List<Integer> brackets = bracketOffsets(text);
        int target = brackets.contains(caret - 1) ? caret - 1 : brackets.contains(caret) ? caret : -1;
        if (target < 0) {
            return Optional.empty();
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int offset : brackets) {
            char c = text.charAt(offset);
            if (c == '{' || c == '[') {
                open.push(offset);
            } else if (!open.isEmpty()) {
                int opener = open.pop();
                if (opener == target || offset == target) {
                    return matches(text.charAt(opener), c) ? Optional.of(new Match(opener, offset)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(char open, char close) {
        return (open == '{' && close == '}') || (open == '[' && close == ']');
    }

    private static List<Integer> bracketOffsets(String text) {
        JsonLexer lexer = new JsonLexer(text);
        List<Integer> offsets = new ArrayList<>();
        for (JsonTokenType t = lexer.next(); t != JsonTokenType.EOF; t = lexer.next()) {
            if (t == JsonTokenType.BEGIN_OBJECT || t == JsonTokenType.END_OBJECT || t == JsonTokenType.BEGIN_ARRAY
                    || t == JsonTokenType.END_ARRAY) {
                offsets.add(lexer.start());
            }
        }
        return offsets;
    }
}
