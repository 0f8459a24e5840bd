package dev.courier.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.FileBody;
import dev.courier.core.model.InMemoryBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPathFilterTest {

    private static final String STORE = """
            {"store": {"book": [
              {"title": "Sayings", "price": 8.95, "isbn": null},
              {"title": "Sword", "price": 12.990, "big": 123456789012345678901234567890},
              {"title": "Moby", "price": 8.99}
            ]}}""";

    private static JsonPathResult filter(String body, String expression) throws Exception {
        return JsonPathFilter.apply(InMemoryBody.copyOf(body.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, expression);
    }

    @Test
    void selectsValuesAndKeepsNumbersExactlyAsSent() throws Exception {
        assertThat(filter(STORE, "$.store.book[1]")).isEqualTo(new JsonPathResult.Matched("""
                {
                  "title": "Sword",
                  "price": 12.990,
                  "big": 123456789012345678901234567890
                }""", 1));
        assertThat(filter(STORE, "$..book[?(@.price < 10)].title"))
                .isEqualTo(new JsonPathResult.Matched("[\n  \"Sayings\",\n  \"Moby\"\n]", 2));
        assertThat(filter(STORE, " $.store.book.length() ")).isEqualTo(new JsonPathResult.Matched("3", 1));
    }

    @Test
    void explainsWhyNothingWasSelected() throws Exception {
        assertThat(filter(STORE, "$.store.car")).isEqualTo(new JsonPathResult.Refused(JsonPathResult.Reason.NO_MATCH,
                "No match for $.store.car"));
        assertThat(filter(STORE, "$..book[?(@.price > 100)]")).isInstanceOf(JsonPathResult.Refused.class);
        JsonPathResult bad = filter(STORE, "$.store[?(@.price >");
        assertThat(bad).isInstanceOf(JsonPathResult.Refused.class);
        assertThat(((JsonPathResult.Refused) bad).reason()).isEqualTo(JsonPathResult.Reason.BAD_EXPRESSION);
        assertThat(((JsonPathResult.Refused) bad).message()).startsWith("Invalid JSONPath expression: ");
        JsonPathResult notJson = filter("<html>oops</html>", "$.a");
        assertThat(((JsonPathResult.Refused) notJson).reason()).isEqualTo(JsonPathResult.Reason.NOT_JSON);
        assertThat(((JsonPathResult.Refused) notJson).message()).startsWith("The body is not valid JSON: ");
    }

    @Test
    void refusesBodiesAboveTheLimitWithoutReadingThem() throws Exception {
        FileBody large = FileBody.temporary(java.nio.file.Path.of("/does/not/exist.json"), 100L << 20);
        JsonPathResult refused = JsonPathFilter.apply(large, StandardCharsets.UTF_8, "$");
        assertThat(refused).isEqualTo(new JsonPathResult.Refused(JsonPathResult.Reason.TOO_LARGE,
                "JSONPath filters bodies up to 32.0 MB; this one is 100 MB"));
    }
}
