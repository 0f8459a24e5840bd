package dev.courier.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValidatorTest {

    private static String problem(String text) {
        return JsonValidator.check(text).error().map(JsonProblem::describe).orElse("valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "{}", "[]", "0", "-1.5e+10", "\"x\"", "true", "null",
            "{\"a\": [1, 2, {\"b\": null}], \"c\": \"\\u00e9\\n\"}", "[[[[[]]]]]", "{\"id\": {{userId}}}",
            "[{{a}}, \"{{b}}\"]"})
    void acceptsJson(String text) {
        assertThat(problem(text)).isEqualTo("valid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1 \"b\": 2}|line 1, column 9: missing comma between properties",
        "[1 2]|line 1, column 4: missing comma between elements",
        "[1, 2,]|line 1, column 6: trailing comma before ']'",
        "{\"a\": 1,}|line 1, column 8: trailing comma before '}'",
        "{\"a\": \"open|line 1, column 7: unterminated string",
        "{\"a\": 1|line 1, column 8: unexpected end of input (the '{' at line 1, column 1 is never closed)",
        "{a: 1}|line 1, column 2: unexpected word 'a' (strings need double quotes)",
        "{\"a\" 1}|line 1, column 6: expected ':' after the property name but found a number",
        "{\"a\": 01}|line 1, column 7: invalid number '01'",
        "[1] [2]|line 1, column 5: unexpected '[' after the end of the JSON document",
        "{\"a\": }|line 1, column 7: expected a value but found '}'",
        "[1, , 2]|line 1, column 5: missing value between commas",
        "['x']|line 1, column 2: unexpected character '''",
        "{\"a\": \"\\q\"}|line 1, column 7: invalid escape \\q in string",
        "[1}|line 1, column 3: expected ',' or ']' but found '}'",
        "{\"a\": tru}|line 1, column 7: unexpected word 'tru' (strings need double quotes)"})
    void explainsTheFirstProblemWithLineAndColumn(String text, String expected) {
        assertThat(problem(text)).isEqualTo(expected);
    }

    @Test
    void countsLinesAndColumnsAcrossLines() {
        String text = "{\n  \"name\": \"Emma\",\n  \"age\": 28\n  \"city\": \"Boston\"\n}";
        assertThat(problem(text)).isEqualTo("line 4, column 3: missing comma between properties");
        JsonProblem p = JsonValidator.check(text).error().orElseThrow();
        assertThat(text.substring(p.offset(), p.offset() + p.length())).isEqualTo("\"city\"");
    }

    @Test
    void aStringCannotSpanLines() {
        assertThat(problem("{\"a\": \"one\ntwo\"}")).startsWith("line 1, column 7: unterminated string");
    }

    @Test
    void duplicateKeysAreWarningsNotErrors() {
        JsonCheck check = JsonValidator.check("{\"id\": 1, \"x\": {\"id\": 2}, \"id\": 3}");
        assertThat(check.isValid()).isTrue();
        assertThat(check.warnings()).extracting(JsonProblem::describe)
                .containsExactly("line 1, column 27: duplicate key \"id\"");
        assertThat(JsonValidator.check("{\"id\": 1, \"id\": 3}", false).warnings()).isEmpty();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(JsonValidator.check(deep).isValid()).isTrue();
        assertThat(problem("[".repeat(200_000))).startsWith("line 1, column 200001: unexpected end of input");
    }
}
