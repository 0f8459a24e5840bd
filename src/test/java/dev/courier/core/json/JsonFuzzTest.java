package dev.courier.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100 000 random and mutated documents through the lexer, validator, highlighter and formatter: nothing throws,
 * every reported position lies inside the text, and formatting valid JSON is lossless.
 */
class JsonFuzzTest {

    private static final String ALPHABET = "{}[]:,\"\\ \n\t-+.0123456789eEtrufalsn{{x}}ü\u0001/'a";
    private final Random random = new Random(20261122);

    @Test
    void randomAndMutatedDocumentsNeverBreakTheJsonCore() throws Exception {
        int valid = 0;
        for (int i = 0; i < 100_000; i++) {
            String text = switch (i % 4) {
                case 0 -> value(4);
                case 1 -> mutate(value(4));
                case 2 -> mutate(mutate(mutate(value(3))));
                default -> noise(1 + random.nextInt(40));
            };
            JsonCheck check = JsonValidator.check(text);
            check.error().ifPresent(p -> assertInside(text, p));
            check.warnings().forEach(p -> assertInside(text, p));
            assertSpansInOrderAndInside(text);
            if (check.isValid()) {
                valid++;
                String pretty = JsonFormatter.pretty(text);
                assertThat(JsonValidator.check(pretty).isValid()).as(text).isTrue();
                assertThat(JsonFormatter.minify(pretty)).as(text).isEqualTo(JsonFormatter.minify(text));
            }
        }
        assertThat(valid).as("the corpus mixes valid and invalid documents").isBetween(20_000, 80_000);
    }

    private static void assertInside(String text, JsonProblem p) {
        assertThat(p.offset()).as(text).isBetween(0, text.length());
        assertThat(p.offset() + p.length()).as(text).isLessThanOrEqualTo(text.length());
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
        assertThat(p.message()).isNotBlank();
    }

    private static void assertSpansInOrderAndInside(String text) {
        int[] last = {0};
        JsonHighlighter.highlight(text, (start, end, role) -> {
            assertThat(start).as(text).isGreaterThanOrEqualTo(last[0]);
            assertThat(end).as(text).isGreaterThan(start).isLessThanOrEqualTo(text.length());
            last[0] = end;
        });
    }

    private String value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 8);
        return switch (kind) {
            case 0 -> "\"" + word() + "\"";
            case 1 -> Integer.toString(random.nextInt(2000) - 1000);
            case 2 -> random.nextInt(100) + "." + random.nextInt(100) + (random.nextBoolean() ? "e-" + random.nextInt(9) : "");
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5 -> "{{var" + random.nextInt(3) + "}}";
            case 6 -> {
                StringBuilder b = new StringBuilder("[");
                for (int n = random.nextInt(4), j = 0; j < n; j++) {
                    b.append(j > 0 ? ", " : "").append(value(depth - 1));
                }
                yield b.append(']').toString();
            }
            default -> {
                StringBuilder b = new StringBuilder("{\n");
                for (int n = random.nextInt(4), j = 0; j < n; j++) {
                    b.append(j > 0 ? ",\n" : "").append("  \"").append(word()).append("\": ").append(value(depth - 1));
                }
                yield b.append("\n}").toString();
            }
        };
    }

    private String word() {
        String[] words = {"id", "name", "é\\u00e9", "a\\\"b", "tab\\t", "", "日本", "x y"};
        return words[random.nextInt(words.length)];
    }

    private String mutate(String text) {
        if (text.isEmpty()) {
            return noise(3);
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + text.substring(at);
            case 2 -> text.substring(0, at);
            default -> text.substring(0, at) + text.charAt(random.nextInt(text.length())) + text.substring(at + 1);
        };
    }

    private String noise(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
