package dev.courier.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonHighlighterTest {

    private static List<String> spans(String text) {
        List<String> out = new ArrayList<>();
        JsonHighlighter.highlight(text, (start, end, role) -> out.add(role + ":" + text.substring(start, end)));
        return out;
    }

    @Test
    void tellsKeysFromStringValues() {
        assertThat(spans("{\"name\": \"Emma\", \"age\": 28, \"ok\": true, \"id\": {{id}}}")).containsExactly(
                "PUNCTUATION:{", "KEY:\"name\"", "PUNCTUATION::", "STRING:\"Emma\"", "PUNCTUATION:,",
                "KEY:\"age\"", "PUNCTUATION::", "NUMBER:28", "PUNCTUATION:,",
                "KEY:\"ok\"", "PUNCTUATION::", "LITERAL:true", "PUNCTUATION:,",
                "KEY:\"id\"", "PUNCTUATION::", "VARIABLE:{{id}}", "PUNCTUATION:}");
    }

    @Test
    void brokenTextStillGetsColouredAndTheBrokenPartIsMarked() {
        assertThat(spans("[\"a\", nope, 1]")).containsExactly(
                "PUNCTUATION:[", "STRING:\"a\"", "PUNCTUATION:,", "ERROR:nope", "PUNCTUATION:,", "NUMBER:1",
                "PUNCTUATION:]");
        assertThat(spans("\"open")).containsExactly("ERROR:\"open");
    }
}
