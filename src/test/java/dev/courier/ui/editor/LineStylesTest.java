package dev.courier.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class LineStylesTest {

    private static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            out.add(span.getLength() + ":" + String.join("+", span.getStyle()));
        }
        return out;
    }

    @Test
    void stylesTokensAndOverlaysProblemMarks() {
        StyleSpans<Collection<String>> spans = LineStyles.of("  \"id\": 12,", true,
                List.of(new LineStyles.Mark(8, 10, "problem-error")));
        assertThat(describe(spans)).containsExactly("2:", "4:json-key", "1:json-punctuation", "1:",
                "2:json-number+problem-error", "1:json-punctuation");
    }

    @Test
    void plainTextAndOverlongLinesStayUnstyled() {
        assertThat(describe(LineStyles.of("{\"a\":1}", false, List.of()))).containsExactly("7:");
        String huge = "[" + "1,".repeat(6000) + "1]";
        assertThat(describe(LineStyles.of(huge, true, List.of()))).containsExactly(huge.length() + ":");
    }

    @Test
    void comparesStylesRegardlessOfHowSpansAreSplit() {
        StyleSpansBuilder<Collection<String>> split = new StyleSpansBuilder<>();
        split.add(List.of("a"), 2);
        split.add(List.of("a"), 3);
        split.add(List.of(), 0);
        StyleSpans<Collection<String>> whole = StyleSpans.singleton(List.of("a"), 5);
        assertThat(LineStyles.same(split.create(), whole)).isTrue();
        assertThat(LineStyles.same(whole, StyleSpans.singleton(List.of("b"), 5))).isFalse();
    }

    @Test
    void marksVariablesByWhetherTheyResolveOnTopOfTheJsonColours() {
        StyleSpans<Collection<String>> spans = LineStyles.of("\"{{base}}/{{nope}}\"", true, List.of(),
                "base"::equals);
        assertThat(describe(spans)).containsExactly("1:json-string", "8:json-string+variable", "1:json-string",
                "8:json-string+variable-unresolved", "1:json-string");
    }

    @Test
    void marksVariablesInPlainTextAndLeavesThemAloneWithoutAResolver() {
        assertThat(describe(LineStyles.of("a {{ x }} b", false, List.of(), name -> false)))
                .containsExactly("2:", "7:variable-unresolved", "2:");
        assertThat(describe(LineStyles.of("a {{ x }} b", false, List.of(), null))).containsExactly("11:");
    }

    @Test
    void problemMarksAndVariablesCombine() {
        StyleSpans<Collection<String>> spans = LineStyles.of("{{v}}", false,
                List.of(new LineStyles.Mark(0, 2, "problem-error")), name -> true);
        assertThat(describe(spans)).containsExactly("2:variable+problem-error", "3:variable");
    }
}
