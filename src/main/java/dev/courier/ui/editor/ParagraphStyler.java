package dev.courier.ui.editor;

import dev.courier.core.json.JsonProblem;
import dev.courier.core.vars.VariableResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Colours only the paragraphs on screen (and a margin around them), re-lexing them off the UI thread after each
 * edit, scroll or change of the problems to mark. Applying a line whose styles did not change is skipped, so a
 * keystroke costs the UI thread one or two paragraphs' worth of work, however long the document. {@code {{names}}}
 * are looked up in the same pass (each name once per pass), so a new resolver restyles only what is shown.
 */
final class ParagraphStyler {

    private static final int MARGIN = 20;

    private final CodeArea area;
    private final Executor background;
    private final Executor ui;
    private List<JsonProblem> problems = List.of();
    private boolean json;
    private VariableResolver variables;
    private boolean enabled = true;
    private boolean scheduled;
    private long generation;

    ParagraphStyler(CodeArea area, boolean json, Executor background, Executor ui) {
        this.area = area;
        this.json = json;
        this.background = background;
        this.ui = ui;
        area.plainTextChanges().subscribe(change -> request());
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) change -> request());
    }

    void setJson(boolean isJson) {
        if (json != isJson) {
            json = isJson;
            request();
        }
    }

    /** Off: the owner colours the text itself. */
    void setEnabled(boolean on) {
        enabled = on;
    }

    /** The problems to underline (the error and the warnings of the latest validation). */
    void setProblems(List<JsonProblem> current) {
        problems = List.copyOf(current);
        request();
    }

    /** Where {@code {{names}}} get their values; null: references are not marked. */
    void setVariables(VariableResolver resolver) {
        if (variables != resolver) {
            variables = resolver;
            request();
        }
    }

    /** Coalesces requests: one restyle per burst of changes. */
    void request() {
        if (enabled && !scheduled) {
            scheduled = true;
            ui.execute(() -> {
                scheduled = false;
                restyleVisible();
            });
        }
    }

    private void restyleVisible() {
        int count = area.getParagraphs().size();
        int first;
        int last;
        try {
            first = area.firstVisibleParToAllParIndex();
            last = area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            first = area.getCurrentParagraph();
            last = first;
        }
        int from = Math.max(0, first - MARGIN);
        int to = Math.min(count - 1, last + MARGIN);
        List<String> lines = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            lines.add(area.getParagraph(i).getText());
        }
        List<List<LineStyles.Mark>> marks = marks(from, to);
        boolean asJson = json;
        VariableResolver resolver = variables;
        long requested = ++generation;
        int start = from;
        background.execute(() -> {
            Predicate<String> resolves = resolves(resolver);
            List<StyleSpans<Collection<String>>> styles = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                styles.add(LineStyles.of(lines.get(i), asJson, marks.get(i), resolves));
            }
            ui.execute(() -> apply(requested, start, lines, styles));
        });
    }

    /**
     * Applies the styles that changed in one document change: RichTextFX relays out every paragraph touched by
     * a change, so one change over a range costs far less than one change per paragraph.
     */
    private void apply(long requested, int from, List<String> lines, List<StyleSpans<Collection<String>>> styles) {
        if (requested != generation) {
            return; // a newer restyle is on its way
        }
        int available = Math.min(lines.size(), area.getParagraphs().size() - from);
        int first = -1;
        int last = -1;
        for (int i = 0; i < available; i++) {
            int paragraph = from + i;
            if (!area.getParagraph(paragraph).getText().equals(lines.get(i))) {
                return; // the text moved on; the restyle its change requested will follow
            }
            if (!LineStyles.same(area.getStyleSpans(paragraph), styles.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> range = new StyleSpansBuilder<>();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                range.add(List.of(), 1); // the line break between paragraphs
            }
            range.addAll(styles.get(i));
        }
        area.setStyleSpans(from + first, 0, range.create());
    }

    /** Whether a name has a value, each name looked up once; null without a resolver. */
    private static Predicate<String> resolves(VariableResolver resolver) {
        if (resolver == null) {
            return null;
        }
        Map<String, Boolean> known = new HashMap<>();
        return name -> known.computeIfAbsent(name, n -> resolver.lookup(n).isPresent());
    }

    /** The problem marks falling on paragraphs [from, to], per paragraph. */
    private List<List<LineStyles.Mark>> marks(int from, int to) {
        List<List<LineStyles.Mark>> marks = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            marks.add(new ArrayList<>());
        }
        if (!json) {
            return marks;
        }
        int length = area.getLength();
        for (JsonProblem p : problems) {
            if (p.offset() > length || length == 0) {
                continue;
            }
            // "unexpected end of input" sits past the last character: mark the last one instead.
            int startOffset = Math.min(p.offset(), length - 1);
            TwoDimensional.Position start = area.offsetToPosition(startOffset, TwoDimensional.Bias.Forward);
            int end = Math.min(length, startOffset + Math.max(1, p.length()));
            TwoDimensional.Position stop = area.offsetToPosition(end, TwoDimensional.Bias.Backward);
            String styleClass = p.severity() == JsonProblem.Severity.ERROR ? "problem-error" : "problem-warning";
            for (int par = Math.max(from, start.getMajor()); par <= Math.min(to, stop.getMajor()); par++) {
                int col = par == start.getMajor() ? start.getMinor() : 0;
                int colEnd = par == stop.getMajor() ? stop.getMinor() : Integer.MAX_VALUE;
                marks.get(par - from).add(new LineStyles.Mark(col, colEnd, styleClass));
            }
        }
        return marks;
    }
}
