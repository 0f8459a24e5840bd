package dev.courier.io.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Windows cmd.exe text as Windows does, in two passes. First cmd.exe: {@code ^} takes the next character
 * literally ({@code ^} before a line break continues the line), {@code "} toggles a quoted stretch where carets
 * are plain, and {@code & && | ||} and line breaks end commands. Then the program's C runtime splits each command
 * line into arguments: spaces separate, {@code "} toggles quoting, {@code \"} is a quote, backslashes double only
 * before a quote. Chrome's "Copy as cURL (cmd)" relies on both passes ({@code ^"…^"}, {@code ^\^"}).
 */
final class CmdLexer {

    private static final Pattern VARIABLE = Pattern.compile("%[A-Za-z_][A-Za-z0-9_]*%");

    private final String text;
    private final List<String> warnings;
    private final List<ShellToken> tokens = new ArrayList<>();

    CmdLexer(String text, List<String> warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    List<ShellToken> lex() {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush(line);
                tokens.add(new ShellToken(ShellToken.Kind.NEWLINE, "\n"));
                quoted = false; // cmd ends a command at a line break even inside quotes
                i++;
            } else if (quoted) {
                line.append(c);
                quoted = c != '"';
                i++;
            } else if (c == '^') {
                i = caret(i, line);
            } else if (c == '"') {
                line.append(c);
                quoted = true;
                i++;
            } else if (c == '&' || c == '|') {
                flush(line);
                boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
                tokens.add(ShellToken.operator(doubled ? c + String.valueOf(c) : String.valueOf(c)));
                i += doubled ? 2 : 1;
            } else if (c == '<' || c == '>') {
                i = redirect(i, line);
            } else {
                line.append(c);
                i++;
            }
        }
        flush(line);
        return tokens;
    }

    /** {@code ^x} is a literal x; {@code ^} + line break joins the next line, whose first character is literal. */
    private int caret(int i, StringBuilder line) {
        if (i + 1 >= text.length()) {
            return i + 1;
        }
        if (text.charAt(i + 1) == '\n') {
            if (i + 2 < text.length()) {
                line.append(text.charAt(i + 2));
            }
            return i + 3;
        }
        line.append(text.charAt(i + 1));
        return i + 2;
    }

    private int redirect(int i, StringBuilder line) {
        int end = line.length();
        if (end > 0 && Character.isDigit(line.charAt(end - 1)) && (end == 1 || line.charAt(end - 2) == ' ')) {
            line.setLength(end - 1); // "2>nul": the digit names a stream
        }
        boolean input = text.charAt(i) == '<';
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '>' || text.charAt(j) == '&')) {
            j++;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        int start = j;
        while (j < text.length() && " \t\n&|<>".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        flush(line);
        tokens.add(new ShellToken(ShellToken.Kind.REDIRECT, input ? "<" : ">"));
        tokens.add(ShellToken.word(text.substring(start, j).replace("\"", "")));
        return j;
    }

    private void flush(StringBuilder line) {
        if (line.isEmpty()) {
            return;
        }
        Matcher variable = VARIABLE.matcher(line);
        while (variable.find()) {
            warnings.add("cmd would expand the variable " + variable.group() + "; it was kept as typed");
        }
        for (String argument : splitArguments(line.toString())) {
            tokens.add(ShellToken.word(argument));
        }
        line.setLength(0);
    }

    /** The Microsoft C runtime's rules for splitting a command line into argv. */
    static List<String> splitArguments(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean inArg = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == ' ' || c == '\t') && !quoted) {
                if (inArg) {
                    args.add(arg.toString());
                    arg.setLength(0);
                    inArg = false;
                }
                continue;
            }
            inArg = true;
            if (c == '\\') {
                int run = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    run++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    arg.append("\\".repeat(run / 2));
                    if (run % 2 == 1) {
                        arg.append('"');
                    } else {
                        quoted = !quoted;
                    }
                } else {
                    arg.append("\\".repeat(run));
                    i--;
                }
            } else if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    arg.append('"'); // "" inside quotes is a literal quote (C runtime since 2008)
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else {
                arg.append(c);
            }
        }
        if (inArg) {
            args.add(arg.toString());
        }
        return args;
    }
}
