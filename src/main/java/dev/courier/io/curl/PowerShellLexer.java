package dev.courier.io.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PowerShell text into tokens: backtick escapes ({@code `n}, {@code `"}) and line continuations,
 * single quotes with {@code ''} for a quote, double quotes with {@code ""} and backticks, here-strings
 * ({@code @'…'@}, {@code @"…"@}), {@code ; | && ||} separators and {@code >} redirections. Variables are kept as
 * typed, with a warning.
 */
final class PowerShellLexer {

    private final String text;
    private final List<String> warnings;
    private final List<ShellToken> tokens = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int pos;

    PowerShellLexer(String text, List<String> warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    List<ShellToken> lex() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                endWord();
                pos++;
            } else if (c == '\n') {
                endWord();
                tokens.add(new ShellToken(ShellToken.Kind.NEWLINE, "\n"));
                pos++;
            } else if (c == '#' && !inWord) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
            } else if (c == '`') {
                backtick(true);
            } else if (c == '@' && !inWord && pos + 2 < text.length() && "'\"".indexOf(text.charAt(pos + 1)) >= 0
                    && text.charAt(pos + 2) == '\n') {
                hereString(text.charAt(pos + 1));
            } else if (c == '\'') {
                inWord = true;
                singleQuoted();
            } else if (c == '"') {
                inWord = true;
                doubleQuoted();
            } else if (c == '$' && pos + 1 < text.length() && isVariableStart(text.charAt(pos + 1))) {
                inWord = true;
                variable();
            } else if (c == ';' || c == '|' || (c == '&' && pos + 1 < text.length() && text.charAt(pos + 1) == '&')) {
                separator(c);
            } else if (c == '&' && !inWord && tokens.stream().noneMatch(ShellToken::isWord)) {
                pos++; // the call operator in front of the program name
            } else if (c == '>' || (c == '2' && !inWord && pos + 1 < text.length() && text.charAt(pos + 1) == '>')) {
                redirect();
            } else {
                inWord = true;
                word.append(c);
                pos++;
            }
        }
        endWord();
        return tokens;
    }

    private void endWord() {
        if (inWord) {
            tokens.add(ShellToken.word(word.toString()));
            word.setLength(0);
            inWord = false;
        }
    }

    private void backtick(boolean outsideQuotes) {
        if (pos + 1 >= text.length()) {
            pos++;
            return;
        }
        char next = text.charAt(pos + 1);
        pos += 2;
        if (next == '\n') {
            return; // line continuation
        }
        if (outsideQuotes) {
            inWord = true;
        }
        word.append(switch (next) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case '0' -> '\0';
            case 'a' -> (char) 7;
            case 'b' -> '\b';
            case 'e' -> (char) 27;
            case 'f' -> '\f';
            case 'v' -> (char) 11;
            default -> next;
        });
    }

    private void singleQuoted() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'' && pos + 1 < text.length() && text.charAt(pos + 1) == '\'') {
                word.append('\'');
                pos += 2;
            } else if (c == '\'') {
                pos++;
                return;
            } else {
                word.append(c);
                pos++;
            }
        }
        warnings.add("A single-quoted text is never closed; it was read to the end");
    }

    private void doubleQuoted() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                word.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                return;
            } else if (c == '`') {
                backtick(false);
            } else if (c == '$' && pos + 1 < text.length() && isVariableStart(text.charAt(pos + 1))) {
                variable();
            } else {
                word.append(c);
                pos++;
            }
        }
        warnings.add("A double-quoted text is never closed; it was read to the end");
    }

    /** {@code @'} or {@code @"} at the end of a line, up to a line that starts with {@code '@} or {@code "@}. */
    private void hereString(char quote) {
        int start = pos + 3;
        String terminator = "\n" + quote + "@";
        int end = text.indexOf(terminator, start - 1);
        inWord = true;
        if (end < 0) {
            warnings.add("A here-string is never closed by a line starting with " + quote + "@; it was read to the "
                    + "end");
            word.append(text.substring(start));
            pos = text.length();
            return;
        }
        word.append(end < start ? "" : text.substring(start, end));
        pos = end + terminator.length();
        if (quote == '"' && word.indexOf("$") >= 0) {
            warnings.add("PowerShell would expand $ in the here-string; it was kept as typed");
        }
    }

    private static boolean isVariableStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '{' || c == '(';
    }

    private void variable() {
        int start = pos;
        char next = text.charAt(pos + 1);
        int end;
        if (next == '{' || next == '(') {
            char close = next == '{' ? '}' : ')';
            int found = text.indexOf(close, pos + 2);
            end = found < 0 ? text.length() : found + 1;
        } else {
            end = pos + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                    || text.charAt(end) == ':')) {
                end++;
            }
        }
        String kept = text.substring(start, end);
        warnings.add("PowerShell would expand " + kept + "; it was kept as typed");
        word.append(kept);
        pos = end;
    }

    private void separator(char c) {
        endWord();
        boolean doubled = pos + 1 < text.length() && text.charAt(pos + 1) == c && c != ';';
        tokens.add(ShellToken.operator(doubled ? c + String.valueOf(c) : String.valueOf(c)));
        pos += doubled ? 2 : 1;
    }

    private void redirect() {
        endWord();
        if (text.charAt(pos) == '2') {
            pos++;
        }
        while (pos < text.length() && text.charAt(pos) == '>') {
            pos++;
        }
        if (text.startsWith("&1", pos) || text.startsWith("&2", pos)) {
            pos += 2; // 2>&1 merges streams: no file target
            return;
        }
        tokens.add(new ShellToken(ShellToken.Kind.REDIRECT, ">"));
    }
}
