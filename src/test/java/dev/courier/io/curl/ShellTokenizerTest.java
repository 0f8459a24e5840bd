package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShellTokenizerTest {

    private static List<String> words(String text, ShellDialect dialect) {
        ShellScript script = ShellTokenizer.tokenize(text, dialect);
        assertThat(script.commands()).hasSize(1);
        return script.commands().get(0).words();
    }

    @Nested
    class Posix {

        private List<String> words(String text) {
            return ShellTokenizerTest.words(text, ShellDialect.POSIX);
        }

        @Test
        void singleQuotesKeepEverythingLiterally() {
            assertThat(words("curl 'a b' '$HOME \\n \"x\"' ''")).containsExactly("curl", "a b", "$HOME \\n \"x\"", "");
        }

        @Test
        void doubleQuotesEscapeOnlyDollarBacktickQuoteAndBackslash() {
            assertThat(words("x \"a \\\"b\\\" \\$c \\\\ \\n \\`\"")).containsExactly("x", "a \"b\" $c \\ \\n `");
        }

        @Test
        void quotesJoinWithTheTextAroundThem() {
            assertThat(words("x -H'Accept: '\"a/b\"rest")).containsExactly("x", "-HAccept: a/brest");
        }

        @Test
        void unquotedBackslashEscapesTheNextCharacter() {
            assertThat(words("x a\\ b \\'c\\' \\$d")).containsExactly("x", "a b", "'c'", "$d");
        }

        @Test
        void ansiCStringsDecodeEscapesAndBytesAsUtf8() {
            assertThat(words("x $'a\\tb\\n\\'q\\' \\x41\\101 \\u00e9 \\xc3\\xa9 \\U0001F389 \\\\ \\cA'"))
                    .containsExactly("x", "a\tb\n'q' AA é é \uD83C\uDF89 \\ \u0001");
        }

        @Test
        void backslashNewlineContinuesTheLine() {
            assertThat(words("curl \\\n  -H 'a: b' \\\n  http://x")).containsExactly("curl", "-H", "a: b", "http://x");
            assertThat(words("curl ab\\\ncd")).containsExactly("curl", "abcd");
        }

        @Test
        void windowsLineEndsAreLikeUnixOnes() {
            assertThat(words("curl \\\r\n  -d x \\\r\n  http://x\r\n")).containsExactly("curl", "-d", "x", "http://x");
        }

        @Test
        void commentsRunToTheEndOfTheLine() {
            assertThat(words("# fetch\ncurl http://x # the list\n")).containsExactly("curl", "http://x");
            assertThat(words("curl a#b")).containsExactly("curl", "a#b");
        }

        @Test
        void variablesAndSubstitutionsAreKeptWithAWarning() {
            ShellScript script = ShellTokenizer.tokenize(
                    "curl -H \"Authorization: Bearer $TOKEN\" ${URL}/x $(date) `id`", ShellDialect.POSIX);
            assertThat(script.commands().get(0).words())
                    .containsExactly("curl", "-H", "Authorization: Bearer $TOKEN", "${URL}/x", "$(date)", "`id`");
            assertThat(script.warnings()).hasSize(4).allSatisfy(w -> assertThat(w).contains("kept as typed"));
            assertThat(words("curl 'price: $5' \"cost 5$\"")).containsExactly("curl", "price: $5", "cost 5$");
        }

        @Test
        void operatorsSeparateCommands() {
            ShellScript script = ShellTokenizer.tokenize("cd /tmp && curl x; echo a|wc -l || true & sleep 1",
                    ShellDialect.POSIX);
            assertThat(script.commands()).extracting(ShellCommand::words).containsExactly(
                    List.of("cd", "/tmp"), List.of("curl", "x"), List.of("echo", "a"), List.of("wc", "-l"),
                    List.of("true"), List.of("sleep", "1"));
            assertThat(script.commands()).extracting(ShellCommand::endedBy)
                    .containsExactly("&&", ";", "|", "||", "&", "");
        }

        @Test
        void redirectionsAreNotArgumentsAndInputRedirectionFeedsStdin() {
            ShellScript script = ShellTokenizer.tokenize("curl -d @- x < body.json > out.txt 2>&1 2>/dev/null",
                    ShellDialect.POSIX);
            ShellCommand command = script.commands().get(0);
            assertThat(command.words()).containsExactly("curl", "-d", "@-", "x");
            assertThat(command.stdin()).contains(new StandardInput.File("body.json"));
        }

        @Test
        void hereDocumentsAndHereStringsFeedStdin() {
            ShellCommand quoted = ShellTokenizer.tokenize("curl -d @- x <<'EOF'\n{\"a\": $b}\nline 2\nEOF\n",
                    ShellDialect.POSIX).commands().get(0);
            assertThat(quoted.words()).containsExactly("curl", "-d", "@-", "x");
            assertThat(quoted.stdin()).contains(new StandardInput.Text("{\"a\": $b}\nline 2\n"));

            ShellCommand tabs = ShellTokenizer.tokenize("curl x <<-END\n\t\tindented \\$x\n\tEND\n", ShellDialect.POSIX)
                    .commands().get(0);
            assertThat(tabs.stdin()).contains(new StandardInput.Text("indented $x\n"));

            ShellCommand hereString = ShellTokenizer.tokenize("curl -d @- x <<< 'one line'", ShellDialect.POSIX)
                    .commands().get(0);
            assertThat(hereString.stdin()).contains(new StandardInput.Text("one line\n"));
        }

        @Test
        void aLineBreakBeforeAnOptionIsReadAsAContinuationWithAWarning() {
            ShellScript script = ShellTokenizer.tokenize("curl http://x\n  -H 'a: b'\n  -d c\n\necho next",
                    ShellDialect.POSIX);
            assertThat(script.commands()).extracting(ShellCommand::words)
                    .containsExactly(List.of("curl", "http://x", "-H", "a: b", "-d", "c"), List.of("echo", "next"));
            assertThat(script.warnings()).singleElement().asString().contains("continuation");
        }

        @Test
        void unterminatedQuotesRunToTheEndWithAWarning() {
            ShellScript script = ShellTokenizer.tokenize("curl -d '{\"a\": 1", ShellDialect.POSIX);
            assertThat(script.commands().get(0).words()).containsExactly("curl", "-d", "{\"a\": 1");
            assertThat(script.warnings()).singleElement().asString().contains("never closed");
        }

        @Test
        void tildeAtTheStartOfAWordIsTheHomeDirectory() {
            assertThat(words("curl -T ~/f.txt '~/g' a~b")).containsExactly("curl", "-T",
                    System.getProperty("user.home") + "/f.txt", "~/g", "a~b");
        }
    }

    @Nested
    class Cmd {

        @Test
        void chromeCopyAsCurlCmdIsUnescapedInBothPasses() {
            String chrome = "curl ^\"https://example.com/api?a=1^&b=2^\" ^\n"
                    + "  -H ^\"content-type: application/json^\" ^\n"
                    + "  --data-raw ^\"^{^\\^\"note^\\^\":^\\^\"50^% off^\\^\"^}^\" ^\n"
                    + "  --compressed";
            assertThat(words(chrome, ShellDialect.CMD)).containsExactly("curl", "https://example.com/api?a=1&b=2",
                    "-H", "content-type: application/json", "--data-raw", "{\"note\":\"50% off\"}", "--compressed");
        }

        @Test
        void caretNewlineInsideAValueIsALiteralLineBreak() {
            assertThat(words("curl --data-raw ^\"line1^\n\nline2^\" x", ShellDialect.CMD))
                    .containsExactly("curl", "--data-raw", "line1\nline2", "x");
        }

        @Test
        void plainDoubleQuotesFollowTheCRuntimeRules() {
            assertThat(words("curl -d \"{\\\"a\\\":1}\" \"a b\" \"x\"\"y\" c:\\dir\\ \"d\\\\\\\\\"", ShellDialect.CMD))
                    .containsExactly("curl", "-d", "{\"a\":1}", "a b", "x\"y", "c:\\dir\\", "d\\\\");
        }

        @Test
        void ampersandAndPipeEndCommandsUnlessEscapedOrQuoted() {
            ShellScript script = ShellTokenizer.tokenize("curl http://x/?a=1^&b=2 \"q&r\" && echo done | more",
                    ShellDialect.CMD);
            assertThat(script.commands()).extracting(ShellCommand::words).containsExactly(
                    List.of("curl", "http://x/?a=1&b=2", "q&r"), List.of("echo", "done"), List.of("more"));
        }

        @Test
        void redirectionsAreDropped() {
            assertThat(words("curl x > out.txt 2>nul", ShellDialect.CMD)).containsExactly("curl", "x");
        }

        @Test
        void variablesAreKeptWithAWarning() {
            ShellScript script = ShellTokenizer.tokenize("curl -H \"X-Token: %TOKEN%\" x", ShellDialect.CMD);
            assertThat(script.commands().get(0).words()).contains("X-Token: %TOKEN%");
            assertThat(script.warnings()).singleElement().asString().contains("%TOKEN%");
        }
    }

    @Nested
    class PowerShell {

        @Test
        void backtickContinuesLinesAndEscapes() {
            String text = "curl.exe -X POST \"https://x/api\" `\n  -H \"X-A: `\"q`\" `$notvar\" `\n  -d 'it''s'";
            assertThat(words(text, ShellDialect.POWERSHELL)).containsExactly("curl.exe", "-X", "POST", "https://x/api",
                    "-H", "X-A: \"q\" $notvar", "-d", "it's");
            assertThat(words("curl \"a`tb`nc\" \"d\"\"e\"", ShellDialect.POWERSHELL))
                    .containsExactly("curl", "a\tb\nc", "d\"e");
        }

        @Test
        void hereStringsKeepLines() {
            String text = "curl.exe -d @'\n{\"a\": \"$b\"}\nline 2\n'@ https://x";
            assertThat(words(text, ShellDialect.POWERSHELL))
                    .containsExactly("curl.exe", "-d", "{\"a\": \"$b\"}\nline 2", "https://x");
        }

        @Test
        void variablesAreKeptWithAWarning() {
            ShellScript script = ShellTokenizer.tokenize("curl.exe -H \"Authorization: Bearer $env:TOKEN\" x",
                    ShellDialect.POWERSHELL);
            assertThat(script.commands().get(0).words()).contains("Authorization: Bearer $env:TOKEN");
            assertThat(script.warnings()).singleElement().asString().contains("$env:TOKEN");
        }

        @Test
        void separatorsRedirectionsAndTheCallOperator() {
            ShellScript script = ShellTokenizer.tokenize("& curl.exe x > out.txt 2>&1; echo done",
                    ShellDialect.POWERSHELL);
            assertThat(script.commands()).extracting(ShellCommand::words)
                    .containsExactly(List.of("curl.exe", "x"), List.of("echo", "done"));
        }
    }

    @Test
    void theDialectIsDetectedFromContinuationsAndQuoting() {
        assertThat(ShellDialect.detect("curl x \\\n -H a")).isEqualTo(ShellDialect.POSIX);
        assertThat(ShellDialect.detect("curl 'x' -H 'a: b'")).isEqualTo(ShellDialect.POSIX);
        assertThat(ShellDialect.detect("curl ^\"https://x^\" -H ^\"a: b^\"")).isEqualTo(ShellDialect.CMD);
        assertThat(ShellDialect.detect("curl \"https://x\" ^\n  -H \"a: b\"")).isEqualTo(ShellDialect.CMD);
        assertThat(ShellDialect.detect("curl.exe \"https://x\" `\n  -H 'a: b'")).isEqualTo(ShellDialect.POWERSHELL);
        assertThat(ShellDialect.detect("Invoke-WebRequest -Uri https://x")).isEqualTo(ShellDialect.POWERSHELL);
        assertThat(ShellTokenizer.tokenize("curl ^\"https://x/^\"").dialect()).isEqualTo(ShellDialect.CMD);
    }

    @Test
    void emptyTextHasNoCommands() {
        assertThat(ShellTokenizer.tokenize("  \n\t# only a comment\n").commands()).isEmpty();
        assertThat(ShellTokenizer.tokenize("\uFEFFcurl x").commands().get(0).words()).containsExactly("curl", "x");
        assertThat(ShellTokenizer.tokenize("curl x").commands().get(0).stdin()).isEqualTo(Optional.empty());
    }
}
