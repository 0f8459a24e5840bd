package dev.courier.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.codegen.CStyleStringLiteral.Dialect;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each quoting helper against each character its language or shell treats specially. */
class QuotingTest {

    @Nested
    class PosixShell {
        @Test
        void safeWordsStayBareAndEverythingElseIsSingleQuoted() {
            String safe = "https://x.org/a_b-c,d=e%20@f:1";
            assertThat(PosixShellQuoting.quote(safe)).isEqualTo(safe);
            for (String special : List.of("$HOME", "`id`", "a b", "\"q\"", "a\\b", "a\nb", "a\tb", "{{v}}", "~", "*",
                    "a;b", "a&b", "a|b", "<>", "!x", "é", "#c", "(x)", "")) {
                assertThat(PosixShellQuoting.quote(special)).isEqualTo("'" + special + "'");
            }
        }

        @Test
        void aSingleQuoteEndsQuotesAndIsEscaped() {
            assertThat(PosixShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
        }

        @Test
        void aHiddenSecretIsAVariableExpansionInDoubleQuotes() {
            SnippetValue value = SnippetValue.withSecret("Bearer ", Secret.TOKEN, "t", true);
            assertThat(PosixShellQuoting.word(value)).isEqualTo("'Bearer '\"$API_TOKEN\"");
        }
    }

    @Nested
    class Cmd {
        @Test
        void safeWordsStayBare() {
            assertThat(CmdQuoting.quote("https://x.org/a_b-c,d=e@f:1")).isEqualTo("https://x.org/a_b-c,d=e@f:1");
        }

        @Test
        void quotesAreEscapedForTheCRuntimeAndCaretedForCmd() {
            assertThat(CmdQuoting.quote("say \"hi\"")).isEqualTo("^\"say \\^\"hi\\^\"^\"");
        }

        @Test
        void backslashesAreDoubledOnlyBeforeAQuote() {
            assertThat(CmdQuoting.quote("C:\\dir\\")).isEqualTo("^\"C:\\dir\\\\^\"");
            assertThat(CmdQuoting.quote("a\\\"b")).isEqualTo("^\"a\\\\\\^\"b^\"");
        }

        @Test
        void cmdMetacharactersGetCarets() {
            assertThat(CmdQuoting.quote("a&b|c<d>e^f(g)!")).isEqualTo("^\"a^&b^|c^<d^>e^^f^(g^)^!^\"");
        }

        @Test
        void aPercentBeforeANameCannotExpand() {
            assertThat(CmdQuoting.quote("%PATH% 50%")).isEqualTo("^\"%^PATH% 50%^\"");
        }

        @Test
        void aNewlineIsCaretAndTwoNewlines() {
            assertThat(CmdQuoting.quote("a\nb")).isEqualTo("^\"a^\n\nb^\"");
            assertThat(CmdQuoting.quote("a\r\nb")).isEqualTo("^\"a^\n\nb^\"");
        }

        @Test
        void dollarsBackticksTabsAndUnicodeAreLiteral() {
            assertThat(CmdQuoting.quote("$x `y`\té")).isEqualTo("^\"$x `y`\té^\"");
        }

        @Test
        void aHiddenSecretIsAPercentVariable() {
            assertThat(CmdQuoting.word(SnippetValue.withSecret("Bearer ", Secret.TOKEN, "t", true)))
                    .isEqualTo("^\"Bearer %API_TOKEN%^\"");
        }
    }

    @Nested
    class PowerShell {
        @Test
        void singleQuotedStringsDoubleTheirQuotesIncludingTypographicOnes() {
            assertThat(PowerShellQuoting.quote("it's ‘x’")).isEqualTo("'it''s ‘‘x’’'");
        }

        @Test
        void dollarsBackticksDoubleQuotesAndNewlinesAreLiteral() {
            assertThat(PowerShellQuoting.quote("$x `y` \"z\"\n\t")).isEqualTo("'$x `y` \"z\"\n\t'");
        }

        @Test
        void aHiddenSecretReadsTheEnvironment() {
            assertThat(PowerShellQuoting.expression(SnippetValue.withSecret("Bearer ", Secret.TOKEN, "t", true)))
                    .isEqualTo("('Bearer ' + $env:API_TOKEN)");
        }
    }

    @Nested
    class CStyle {
        @Test
        void quotesBackslashesAndControlCharactersAreEscapedInEveryDialect() {
            for (Dialect dialect : Dialect.values()) {
                assertThat(CStyleStringLiteral.quote(dialect, "\"\\\n\r\t"))
                        .as(dialect.name()).isEqualTo("\"\\\"\\\\\\n\\r\\t\"");
            }
        }

        @Test
        void otherControlCharactersUseEachLanguagesEscape() {
            assertThat(CStyleStringLiteral.quote(Dialect.JAVA, "\u0001")).isEqualTo("\"\\001\"");
            assertThat(CStyleStringLiteral.quote(Dialect.C, "\u0001")).isEqualTo("\"\\001\"");
            assertThat(CStyleStringLiteral.quote(Dialect.KOTLIN, "\u0001")).isEqualTo("\"\\u0001\"");
            assertThat(CStyleStringLiteral.quote(Dialect.JAVASCRIPT, "\u0001")).isEqualTo("\"\\u0001\"");
            assertThat(CStyleStringLiteral.quote(Dialect.GO, "\u0001")).isEqualTo("\"\\x01\"");
            assertThat(CStyleStringLiteral.quote(Dialect.DART, "\u0001")).isEqualTo("\"\\x01\"");
            assertThat(CStyleStringLiteral.quote(Dialect.RUST, "\u0001")).isEqualTo("\"\\u{1}\"");
            assertThat(CStyleStringLiteral.quote(Dialect.SWIFT, "\u007f")).isEqualTo("\"\\u{7f}\"");
        }

        @Test
        void dollarIsEscapedWhereItInterpolates() {
            assertThat(CStyleStringLiteral.quote(Dialect.KOTLIN, "$x")).isEqualTo("\"\\$x\"");
            assertThat(CStyleStringLiteral.quote(Dialect.DART, "${x}")).isEqualTo("\"\\${x}\"");
            assertThat(CStyleStringLiteral.quote(Dialect.JAVASCRIPT, "${x} `y`")).isEqualTo("\"${x} `y`\"");
            assertThat(CStyleStringLiteral.quote(Dialect.SWIFT, "\\(x)")).isEqualTo("\"\\\\(x)\"");
        }

        @Test
        void nonAsciiIsEscapedOnlyWhereTheSourceEncodingIsUncertain() {
            assertThat(CStyleStringLiteral.quote(Dialect.JAVA, "é😀")).isEqualTo("\"\\u00e9\\ud83d\\ude00\"");
            assertThat(CStyleStringLiteral.quote(Dialect.CSHARP, "é")).isEqualTo("\"\\u00e9\"");
            assertThat(CStyleStringLiteral.quote(Dialect.GO, "é😀")).isEqualTo("\"é😀\"");
        }

        @Test
        void cTrigraphsCannotForm() {
            assertThat(CStyleStringLiteral.quote(Dialect.C, "??=")).isEqualTo("\"?\\?=\"");
        }

        @Test
        void bracesAndPercentAreLiteral() {
            assertThat(CStyleStringLiteral.quote(Dialect.RUST, "{{v}} %s")).isEqualTo("\"{{v}} %s\"");
        }
    }

    @Nested
    class Python {
        @Test
        void choosesTheQuoteThatNeedsNoEscape() {
            assertThat(PythonStringLiteral.quote("say \"hi\"")).isEqualTo("'say \"hi\"'");
            assertThat(PythonStringLiteral.quote("it's")).isEqualTo("\"it's\"");
            assertThat(PythonStringLiteral.quote("it's \"x\"")).isEqualTo("\"it's \\\"x\\\"\"");
        }

        @Test
        void escapesBackslashesAndControlCharactersAndKeepsTheRest() {
            assertThat(PythonStringLiteral.quote("a\\b\n\t\r\u0001{x} $y é"))
                    .isEqualTo("\"a\\\\b\\n\\t\\r\\x01{x} $y é\"");
        }

        @Test
        void aHiddenSecretReadsOsEnviron() {
            assertThat(PythonStringLiteral.expression(SnippetValue.withSecret("Bearer ", Secret.TOKEN, "t", true)))
                    .isEqualTo("\"Bearer \" + os.environ[\"API_TOKEN\"]");
        }
    }

    @Nested
    class Php {
        @Test
        void singleQuotesKeepDollarsAndEscapeOnlyQuoteAndBackslash() {
            assertThat(ScriptStringLiteral.PHP.quote("$x 'y' \\z \"q\"")).isEqualTo("'$x \\'y\\' \\\\z \"q\"'");
        }

        @Test
        void controlCharactersNeedDoubleQuotesWhereDollarIsEscaped() {
            assertThat(ScriptStringLiteral.PHP.quote("$x\n\t\"\\{$y}\u0001")).isEqualTo("\"\\$x\\n\\t\\\"\\\\{\\$y}\\x01\"");
        }
    }

    @Nested
    class Ruby {
        @Test
        void singleQuotesKeepInterpolationLiteral() {
            assertThat(ScriptStringLiteral.RUBY.quote("#{x} 'y' \\z")).isEqualTo("'#{x} \\'y\\' \\\\z'");
        }

        @Test
        void controlCharactersNeedDoubleQuotesWhereHashIsEscaped() {
            assertThat(ScriptStringLiteral.RUBY.quote("#{x}\n\"\\\u0001")).isEqualTo("\"\\#{x}\\n\\\"\\\\\\x01\"");
        }

        @Test
        void aHiddenSecretIsFetchedFromEnv() {
            assertThat(ScriptStringLiteral.RUBY.expression(SnippetValue.withSecret("", Secret.API_KEY, "k", true)))
                    .isEqualTo("ENV.fetch('API_KEY')");
        }
    }
}
