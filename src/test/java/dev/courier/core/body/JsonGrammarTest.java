package dev.courier.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.json.JsonLexer;
import dev.courier.core.json.JsonTokenType;
import dev.courier.core.json.JsonValidator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming grammar check must accept exactly what the validator accepts. */
class JsonGrammarTest {

    private static final List<String> SEEDS = List.of("{\"a\":[1,2,{\"b\":null}],\"c\":\"x\"}", "[]", "{}",
            "[[[]]]", "\"s\"", "-1.5e3", "{\"k\":{\"k\":{\"k\":[true,false]}}}", "[1,[2,[3]],{\"z\":{}}]");
    private static final String NOISE = "{}[]:,\"1a -e.";

    private static boolean grammarAccepts(String text) {
        JsonGrammar grammar = new JsonGrammar();
        JsonLexer lexer = new JsonLexer(text);
        boolean any = false;
        for (JsonTokenType t = lexer.next(); t != JsonTokenType.EOF; t = lexer.next()) {
            any = true;
            if (!grammar.accept(t)) {
                return false;
            }
        }
        return !any || grammar.isComplete();
    }

    @Test
    void agreesWithTheValidatorOnMutatedDocuments() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
            for (int m = random.nextInt(4); m > 0; m--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                }
            }
            String candidate = text.toString();
            assertThat(grammarAccepts(candidate)).as(candidate)
                    .isEqualTo(JsonValidator.check(candidate, false).isValid());
        }
    }
}
