package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.courier.io.json.RequestJson;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100 000 inputs from a seeded {@link Random}: half random sequences of curl options, values and shell syntax,
 * half corpus commands with random damage, each read in a random dialect. Whatever the text, the parser answers
 * with an import or a {@link CurlImportException}, never another exception, and quickly.
 */
class CurlParserFuzzTest {

    private static final long SEED = 20_240_611L;
    private static final int RUNS = 100_000;

    private static final List<String> VALUES = List.of("http://h/x", "h:80/p?q=1", "http://h/[1-3]/{a,b}", "[", "{",
            "@files/body.json", "@files/lines.txt", "@files/photo.png", "@-", "@missing", "@", "-", "--", "",
            "name=@files/photo.png;type=a/b;filename=\"x\"", "a=<files/notes.txt", "x=1&y=2", "=v", "n@files/big.txt",
            "f=@files/notes.txt,files/body.json", "t=x;type=", "t=\"q;x", ";type=a/b", "Accept:", "X;", ":x", "a: b",
            "'", "\"", "$'\\x41\\u00e9\\", "^\"", "^", "`", "`n", "&&", "||", "|", ";", "&", "\n", "\\\n", "\\",
            "<<EOF", "<<-'E'", "EOF", "<<<", "< files/body.json", ">", "2>&1", "$HOME", "${X", "$(date", "$((1))",
            "é", "日本", "\uD83C\uDF89", "\u0000", "\r\n", "%zz", "%", "http://[::1]/", "http://u:p@h/", "user:pw",
            "0", "-1", "2.5", "1e999", "NaN", "file:///etc/hosts", "ftp.example.com", "https://bücher.de", "@'\n",
            "'@", "\"@", "#", "~", "~/x", "curl", "curl.exe", "Invoke-WebRequest", "-Uri", "sudo", "$", "A=1");
    private static final String CHARS = "abcXYZ019 -_=:;,./\\'\"`$^%&|<>(){}[]@#~!?*+\n\t\r\u00e9\u65e5\u0000";

    private final List<CurlOptionTable.Option> options = CurlOptionTable.get().all();

    @Test
    void anyTextGivesAnImportOrACurlImportException() throws Exception {
        List<String> corpus = CurlCorpus.load().stream().map(c -> c.withHost("127.0.0.1:9").importText()).toList();
        CurlParser parser = new CurlParser(CurlCorpus.directory());
        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            for (int i = 0; i < RUNS; i++) {
                String text = i % 2 == 0 ? randomCommand(random)
                        : mutate(corpus.get(random.nextInt(corpus.size())), random);
                ShellDialect dialect = random.nextInt(4) == 0 ? null : ShellDialect.values()[random.nextInt(3)];
                try {
                    CurlImport result = dialect == null ? parser.parse(text) : parser.parse(text, dialect);
                    assertThat(RequestJson.write(result.request())).isNotEmpty();
                    outcomes[0]++;
                } catch (CurlImportException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                    outcomes[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input #" + i + " (" + dialect + ") threw " + e + ":\n" + text, e);
                }
            }
        });
        System.out.printf("curl fuzz: %d inputs, %d imported, %d refused as not a curl request%n", RUNS,
                outcomes[0], outcomes[1]);
        assertThat(outcomes[0]).as("imports (the fuzzer must reach the option parser)").isGreaterThan(RUNS / 4);
        assertThat(outcomes[1]).as("refusals").isPositive();
    }

    private String randomCommand(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(10) == 0 ? "" : "curl ");
        int tokens = random.nextInt(20);
        for (int t = 0; t < tokens; t++) {
            int kind = random.nextInt(100);
            if (kind < 35) {
                text.append(option(random));
            } else if (kind < 60) {
                text.append(VALUES.get(random.nextInt(VALUES.size())));
            } else if (kind < 85) {
                text.append(randomChars(random, 1 + random.nextInt(12)));
            } else {
                String inner = randomChars(random, random.nextInt(8));
                String[] quotes = {"'", "\"", "$'", "^\"", "`\""};
                String quote = quotes[random.nextInt(quotes.length)];
                text.append(quote).append(inner).append(quote.equals("$'") ? "'" : quote);
            }
            text.append(random.nextInt(8) == 0 ? randomChars(random, 1) : " ");
        }
        return text.toString();
    }

    private String option(Random random) {
        CurlOptionTable.Option option = options.get(random.nextInt(options.size()));
        int form = random.nextInt(6);
        if (form == 0 && option.letter() != 0) {
            return "-" + option.letter() + (random.nextBoolean() ? "sS" : "");
        }
        if (form == 1) {
            return "--" + option.name().substring(0, 1 + random.nextInt(option.name().length()));
        }
        if (form == 2) {
            return "--no-" + option.name();
        }
        if (form == 3 && option.takesValue()) {
            return "--" + option.name() + "=" + VALUES.get(random.nextInt(VALUES.size()));
        }
        return "--" + option.name();
    }

    private static String randomChars(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !s.isEmpty(); m++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(10)));
                case 1 -> s.insert(at, VALUES.get(random.nextInt(VALUES.size())));
                case 2 -> s.setCharAt(at, CHARS.charAt(random.nextInt(CHARS.length())));
                case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
