package dev.courier.ui.editor;

import dev.courier.core.json.JsonHighlighter;
import dev.courier.core.vars.VariableReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes of one line of JSON. JSON tokens never span lines (a raw newline ends a string), so each line
 * can be styled on its own, which is what lets an edit restyle only the lines it touched. {@code {{variables}}}
 * (which cannot span lines either) get {@code variable} or {@code variable-unresolved} on top.
 */
final class LineStyles {

    /** Lines longer than this are left unstyled: styling them would make the text layout crawl. */
    static final int MAX_STYLED_LENGTH = 10_000;

    /** A problem's extent on one line: columns [from, to) and its style class. */
    record Mark(int from, int to, String styleClass) {
    }

    private LineStyles() {
    }

    /** Variable classes: resolved, and not resolved here. */
    static final String VARIABLE = "variable";
    static final String UNRESOLVED = "variable-unresolved";

    static StyleSpans<Collection<String>> of(String line, boolean json, List<Mark> marks) {
        return of(line, json, marks, null);
    }

    /**
     * @param resolves whether a variable name has a value here; null: variables are not marked
     */
    static StyleSpans<Collection<String>> of(String line, boolean json, List<Mark> marks,
                                             Predicate<String> resolves) {
        int length = line.length();
        if (length == 0 || length > MAX_STYLED_LENGTH) {
            return StyleSpans.singleton(List.of(), length);
        }
        String[] token = new String[length];
        if (json) {
            JsonHighlighter.highlight(line, (start, end, role) -> {
                String styleClass = "json-" + role.name().toLowerCase(Locale.ROOT);
                for (int i = start; i < end; i++) {
                    token[i] = styleClass;
                }
            });
        }
        String[] mark = new String[length];
        for (Mark m : marks) {
            for (int i = Math.max(0, m.from()); i < Math.min(length, m.to()); i++) {
                mark[i] = m.styleClass();
            }
        }
        String[] variable = new String[length];
        if (resolves != null && line.contains("{{")) {
            for (VariableReference reference : VariableReference.findIn(line)) {
                String styleClass = resolves.test(reference.name()) ? VARIABLE : UNRESOLVED;
                for (int i = reference.start(); i < reference.end(); i++) {
                    variable[i] = styleClass;
                }
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !Objects.equals(token[i], token[runStart]) || !Objects.equals(mark[i], mark[runStart])
                    || !Objects.equals(variable[i], variable[runStart])) {
                builder.add(classes(token[runStart], mark[runStart], variable[runStart]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    /** Whether two span lists style every character alike, however they are split. */
    static boolean same(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) {
            return false;
        }
        List<StyleSpan<Collection<String>>> x = merged(a);
        List<StyleSpan<Collection<String>>> y = merged(b);
        return x.equals(y);
    }

    private static List<StyleSpan<Collection<String>>> merged(StyleSpans<Collection<String>> spans) {
        List<StyleSpan<Collection<String>>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getLength() == 0) {
                continue;
            }
            List<String> style = List.copyOf(span.getStyle());
            if (!out.isEmpty() && out.get(out.size() - 1).getStyle().equals(style)) {
                StyleSpan<Collection<String>> last = out.remove(out.size() - 1);
                out.add(new StyleSpan<>(style, last.getLength() + span.getLength()));
            } else {
                out.add(new StyleSpan<>(style, span.getLength()));
            }
        }
        return out;
    }

    private static Collection<String> classes(String token, String mark, String variable) {
        if (variable == null) {
            if (token == null) {
                return mark == null ? List.of() : List.of(mark);
            }
            return mark == null ? List.of(token) : List.of(token, mark);
        }
        List<String> all = new ArrayList<>(3);
        if (token != null) {
            all.add(token);
        }
        all.add(variable);
        if (mark != null) {
            all.add(mark);
        }
        return List.copyOf(all);
    }
}
