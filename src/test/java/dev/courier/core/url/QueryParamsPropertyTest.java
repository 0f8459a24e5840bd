package dev.courier.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random tables survive the trip table → URL → table: every enabled row comes back with its name and value. */
class QueryParamsPropertyTest {

    private static final String[] PIECES = {"a", "Z", "0", " ", "&", "=", "+", "#", "%", "%20", "?", "/", "~", "-",
        ".", "_", "*", "!", "'", "(", ";", ":", "@", "[", "{", "}", "{{x}}", "{{user.id}}", "é", "ü", "日本", "😀",
        "\t", "\"", "<", "\\", "|", "^", "`", ",", "$"};

    @Test
    void randomTablesRoundTripThroughTheUrl() {
        Random random = new Random(20240611);
        for (int run = 0; run < 5000; run++) {
            List<QueryParam> rows = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                QueryParam row = QueryParam.typed(text(random), text(random));
                rows.add(random.nextInt(5) == 0 ? row.withEnabled(false) : row.withDescription("d" + i));
            }
            String base = random.nextBoolean() ? "http://h/p" : "{{base}}/users/:id";
            String fragment = random.nextBoolean() ? "" : "#frag";
            String url = new UrlParts(base, rows, fragment).toUrl();

            List<QueryParam> enabled = rows.stream().filter(QueryParam::enabled).toList();
            UrlParts parsed = UrlParts.parse(url);
            assertThat(parsed.base()).as(url).isEqualTo(base);
            assertThat(parsed.fragment()).as(url).isEqualTo(fragment);
            assertThat(parsed.params()).as(url).extracting(QueryParam::displayName)
                    .isEqualTo(enabled.stream().map(QueryParam::displayName).toList());
            assertThat(parsed.params()).as(url).extracting(QueryParam::displayValue)
                    .isEqualTo(enabled.stream().map(QueryParam::displayValue).toList());
            assertThat(QueryParams.fromUrl(url, rows)).as(url).isEqualTo(rows);
        }
    }

    @Test
    void typedTextDecodesToItselfAndUsesOnlySafeCharacters() {
        Random random = new Random(7);
        for (int run = 0; run < 20000; run++) {
            String typed = text(random);
            QueryParam row = QueryParam.typed(typed, typed);
            assertThat(row.displayName()).isEqualTo(typed);
            assertThat(row.displayValue()).isEqualTo(typed);
            String withoutVariables = PercentCoding.VARIABLE.matcher(row.name()).replaceAll("");
            assertThat(withoutVariables).matches("[A-Za-z0-9._~%-]*");
        }
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                s.appendCodePoint(0x20 + random.nextInt(0x2FFF));
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return s.toString();
    }
}
