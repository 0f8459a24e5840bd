package dev.courier.ui.vars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Ctrl+Space offers and replaces, without a toolkit. */
class VariableCompletionTest {

    private static final List<String> NAMES = List.of("$guid", "base", "baseUrl", "database", "token");

    /** The text after choosing {@code name} at the caret marked by '|' in {@code marked}, with the caret shown. */
    private static String choose(String marked, String name) {
        int caret = marked.indexOf('|');
        String text = marked.replace("|", "");
        VariableCompletion c = VariableCompletion.at(text, caret, NAMES);
        String after = text.substring(0, c.start()) + VariableCompletion.replacement(name) + text.substring(c.end());
        int newCaret = c.caretAfter(name);
        return after.substring(0, newCaret) + "|" + after.substring(newCaret);
    }

    private static VariableCompletion at(String marked) {
        return VariableCompletion.at(marked.replace("|", ""), marked.indexOf('|'), NAMES);
    }

    @Test
    void filtersByWhatWasTypedAfterTheOpeningBracesPrefixMatchesFirst() {
        VariableCompletion c = at("{\"url\": \"{{ba|\"}");
        assertThat(c.partial()).isEqualTo("ba");
        assertThat(c.names()).containsExactly("base", "baseUrl", "database");
        assertThat(c.start()).isEqualTo(9);
        assertThat(choose("{\"url\": \"{{ba|\"}", "base")).isEqualTo("{\"url\": \"{{base}}|\"}");
    }

    @Test
    void ignoresCaseAndLeadingSpaces() {
        assertThat(at("{{  TOK|").names()).containsExactly("token");
        assertThat(at("{{  TOK|").partial()).isEqualTo("TOK");
    }

    @Test
    void withoutAnOpenReferenceOffersEverythingAndInsertsAWholeReference() {
        VariableCompletion c = at("Bearer |");
        assertThat(c.partial()).isEmpty();
        assertThat(c.names()).as("variables first, then the dynamic names")
                .containsExactly("base", "baseUrl", "database", "token", "$guid");
        assertThat(choose("Bearer |", "token")).isEqualTo("Bearer {{token}}|");
        assertThat(choose("{{base}}/users/|", "$guid")).isEqualTo("{{base}}/users/{{$guid}}|");
    }

    @Test
    void replacesTheClosingBracesAlreadyThere() {
        // the JSON editor pairs braces: typing "{{ba" leaves "{{ba}}" with the caret before the closers
        assertThat(choose("{{ba|}}", "base")).isEqualTo("{{base}}|");
        assertThat(choose("x {{ba|se}} y", "baseUrl")).isEqualTo("x {{baseUrl}}| y");
        assertThat(choose("{{ to| }}", "token")).isEqualTo("{{token}}|");
    }

    @Test
    void leavesTextAfterAnUnclosedNameAlone() {
        assertThat(choose("{{ba| and more }}", "base")).isEqualTo("{{base}}| and more }}");
        assertThat(choose("{{ba|", "base")).isEqualTo("{{base}}|");
    }

    @Test
    void aClosedReferenceBeforeTheCaretIsNotReopened() {
        assertThat(at("{{base}}|").partial()).isEmpty();
        assertThat(at("{{base}}|").start()).isEqualTo(8);
        assertThat(at("{{base}}/{{to|").partial()).isEqualTo("to");
    }

    @Test
    void aSingleBraceIsNotAReference() {
        VariableCompletion c = at("{\"a\": |");
        assertThat(c.partial()).isEmpty();
        assertThat(c.start()).isEqualTo(c.end()).isEqualTo(6);
    }

    @Test
    void extraOpeningBracesStayInPlace() {
        assertThat(choose("{{{ba|", "base")).isEqualTo("{{{base}}|");
    }

    @Test
    void noMatchOffersNothing() {
        assertThat(at("{{zzz|").names()).isEmpty();
    }
}
