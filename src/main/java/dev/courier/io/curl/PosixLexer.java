package dev.courier.io.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits POSIX shell text (sh, bash, zsh) into tokens as the shell would before running a command: quotes
 * removed, escapes applied, backslash-newline continuations joined, redirections and here-documents recognised.
 * Expansions it cannot perform ({@code $VAR}, {@code $(…)}, backticks) are kept as typed, with a warning.
 * It never fails: an unterminated quote runs to the end of the text, with a warning.
 */
final class PosixLexer {

    private final String text;
    private final List<ShellToken> tokens = new ArrayList<>();
    private final List<String> warnings;
    private final HereDocuments hereDocuments;
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int pos;

    PosixLexer(String text, List<String> warnings) {
        this.text = text;
        this.warnings = warnings;
        this.hereDocuments = new HereDocuments(warnings);
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
                pos = hereDocuments.readBodies(text, pos + 1, tokens);
            } else if (c == '#' && !inWord) {
                skipToEndOfLine();
            } else if (c == '\\') {
                backslash();
            } else if (c == '\'') {
                inWord = true;
                word.append(until(pos + 1, '\'', "single"));
            } else if (c == '"') {
                inWord = true;
                pos++;
                doubleQuoted();
            } else if (c == '$') {
                dollar();
            } else if (c == '`') {
                inWord = true;
                word.append(kept(pos, closing(pos + 1, '`'), "a `command` substitution"));
            } else if (c == '~' && !inWord && tildeEnds(pos + 1)) {
                inWord = true;
                word.append(System.getProperty("user.home"));
                pos++;
            } else if (";&|()<>".indexOf(c) >= 0) {
                operator(c);
            } else {
                inWord = true;
                word.append(c);
                pos++;
            }
        }
        endWord();
        hereDocuments.readBodies(text, pos, tokens);
        return tokens;
    }

    private void endWord() {
        if (inWord) {
            tokens.add(ShellToken.word(word.toString()));
            word.setLength(0);
            inWord = false;
        }
    }

    private void backslash() {
        if (pos + 1 >= text.length()) {
            pos++; // a lone trailing backslash: the shell would wait for more; nothing to add
        } else if (text.charAt(pos + 1) == '\n') {
            pos += 2; // line continuation
        } else {
            inWord = true;
            word.append(text.charAt(pos + 1));
            pos += 2;
        }
    }

    /** The text up to the closing {@code quote}, which is consumed; unterminated runs to the end. */
    private String until(int start, char quote, String kind) {
        int end = text.indexOf(quote, start);
        if (end < 0) {
            warnings.add("The " + kind + "-quoted text that starts at character " + start
                    + " is never closed; it was read to the end");
            pos = text.length();
            return text.substring(start);
        }
        pos = end + 1;
        return text.substring(start, end);
    }

    private void doubleQuoted() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' && pos + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(pos + 1)) >= 0) {
                if (text.charAt(pos + 1) != '\n') {
                    word.append(text.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '$' && pos + 1 < text.length() && isExpansionStart(text.charAt(pos + 1))) {
                word.append(kept(pos, expansionEnd(pos), "the variable or substitution"));
            } else if (c == '`') {
                word.append(kept(pos, closing(pos + 1, '`'), "a `command` substitution"));
            } else {
                word.append(c);
                pos++;
            }
        }
        warnings.add("A double-quoted text is never closed; it was read to the end");
    }

    private void dollar() {
        inWord = true;
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        if (next == '\'') {
            int[] end = new int[1];
            word.append(AnsiCQuotes.decode(text, pos + 2, end, warnings));
            pos = end[0];
        } else if (next == '"') {
            pos += 2; // $"…" is a translatable string: without a catalogue it is plain double quotes
            doubleQuoted();
        } else if (isExpansionStart(next)) {
            word.append(kept(pos, expansionEnd(pos), "the variable or substitution"));
        } else {
            word.append('$');
            pos++;
        }
    }

    static boolean isExpansionStart(char c) {
        return c == '{' || c == '(' || c == '_' || Character.isLetterOrDigit(c) || "@*#?$!-".indexOf(c) >= 0;
    }

    /** The end (exclusive) of the expansion that starts with the {@code $} at {@code start}. */
    private int expansionEnd(int start) {
        char next = text.charAt(start + 1);
        if (next == '{') {
            return closing(start + 2, '}');
        }
        if (next == '(') {
            int depth = 0;
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        if (!Character.isLetter(next) && next != '_') {
            return start + 2; // $1, $?, $@ …
        }
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private int closing(int from, char close) {
        int end = text.indexOf(close, from);
        return end < 0 ? text.length() : end + 1;
    }

    private String kept(int start, int end, String what) {
        String kept = text.substring(start, end);
        warnings.add("The shell would expand " + what + " " + kept + "; it was kept as typed");
        pos = end;
        return kept;
    }

    private boolean tildeEnds(int i) {
        return i >= text.length() || " \t\n/;&|<>".indexOf(text.charAt(i)) >= 0;
    }

    private void operator(char c) {
        if ((c == '<' || c == '>') && inWord && isFileDescriptor(word)) {
            word.setLength(0); // "2>" redirects stream 2: the digits are not an argument
            inWord = false;
        }
        endWord();
        String two = text.substring(pos, Math.min(pos + 2, text.length()));
        String three = text.substring(pos, Math.min(pos + 3, text.length()));
        if (three.equals("<<<")) {
            pos += 3;
            tokens.add(new ShellToken(ShellToken.Kind.REDIRECT, "<<<"));
        } else if (two.equals("<<")) {
            pos = hereDocuments.open(text, pos + 2, tokens);
        } else if (two.equals("<(") || two.equals(">(")) {
            inWord = true;
            int end = pos + 1;
            for (int depth = 0; end < text.length(); end++) {
                depth += text.charAt(end) == '(' ? 1 : text.charAt(end) == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            word.append(kept(pos, Math.min(end + 1, text.length()), "the process substitution"));
        } else if (c == '<' || c == '>' || two.equals("&>")) {
            redirect();
        } else if (two.equals("&&") || two.equals("||") || two.equals(";;")) {
            tokens.add(ShellToken.operator(two));
            pos += 2;
        } else if (two.equals("|&")) {
            tokens.add(ShellToken.operator("|"));
            pos += 2;
        } else {
            tokens.add(ShellToken.operator(String.valueOf(c)));
            pos++;
        }
    }

    private static boolean isFileDescriptor(CharSequence s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private void redirect() {
        int start = pos;
        while (pos < text.length() && "<>&|".indexOf(text.charAt(pos)) >= 0 && pos - start < 3) {
            pos++;
        }
        String op = text.substring(start, pos);
        tokens.add(new ShellToken(ShellToken.Kind.REDIRECT, op.equals("<") ? "<" : ">"));
        boolean streamTarget = pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-');
        if (op.endsWith("&") && streamTarget) {
            tokens.add(ShellToken.word(String.valueOf(text.charAt(pos)))); // 2>&1: the target is a stream number
            pos++;
        }
    }

    private void skipToEndOfLine() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
    }
}
