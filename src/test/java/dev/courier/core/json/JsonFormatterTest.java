package dev.courier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    @Test
    void prettyPrintsWithTwoSpacesKeepingLiteralsAndKeyOrderExactly() throws Exception {
        String text = "{\"z\":1.0,\"big\":12345678901234567890123,\"a\":[1e5,-0.0,\"\\u00e9\\/\"],\"e\":{},\"f\":[]}";
        assertThat(JsonFormatter.pretty(text)).isEqualTo("""
                {
                  "z": 1.0,
                  "big": 12345678901234567890123,
                  "a": [
                    1e5,
                    -0.0,
                    "\\u00e9\\/"
                  ],
                  "e": {},
                  "f": []
                }""");
    }

    @Test
    void minifyIsTheInverseOfPretty() throws Exception {
        String compact = "{\"a\":[1,{\"b\":\"c d\"}],\"e\":null}";
        assertThat(JsonFormatter.minify(JsonFormatter.pretty(compact))).isEqualTo(compact);
        assertThat(JsonFormatter.minify("  [ 1 ,\n 2 ]  ")).isEqualTo("[1,2]");
    }

    @Test
    void keepsTemplateVariables() throws Exception {
        assertThat(JsonFormatter.minify("{ \"id\" : {{userId}} }")).isEqualTo("{\"id\":{{userId}}}");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> JsonFormatter.pretty("[1, 2,]"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("line 1, column 6: trailing comma before ']'");
    }
}
