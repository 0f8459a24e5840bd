package dev.courier.codegen;

import java.util.Map;
import java.util.Set;

/**
 * Colours generated code: comments, strings, numbers and keywords of the snippet's language. A small scanner, not
 * a parser: snippets are code Courier wrote itself, so the common forms of each language are enough.
 */
public final class SnippetHighlighter {

    /** What a span of code is, for colouring. */
    public enum Role { KEYWORD, STRING, COMMENT, NUMBER }

    /** Receives spans in text order; the gaps between them are plain. */
    @FunctionalInterface
    public interface SpanSink {
        void span(int start, int end, Role role);
    }

    private record Syntax(Set<String> lineComments, boolean blockComments, String quotes, boolean rawSingleQuotes,
                          Set<String> keywords) {
    }

    private static final Set<String> C_LIKE_COMMENT = Set.of("//");
    private static final Set<String> HASH_COMMENT = Set.of("#");

    private static final Map<String, Syntax> SYNTAX = Map.ofEntries(
            Map.entry("bash", new Syntax(HASH_COMMENT, false, "\"'", true,
                    Set.of("if", "then", "fi", "for", "do", "done", "export", "echo", "printf"))),
            Map.entry("batch", new Syntax(Set.of("REM ", "::"), false, "\"", false, Set.of("set", "echo", "call"))),
            Map.entry("powershell", new Syntax(HASH_COMMENT, false, "\"'", true,
                    Set.of("$true", "$false", "$null", "if", "else", "foreach", "try", "catch", "param"))),
            Map.entry("python", new Syntax(HASH_COMMENT, false, "\"'", false, Set.of("import", "from", "as", "def",
                    "return", "with", "open", "print", "if", "else", "for", "in", "None", "True", "False"))),
            Map.entry("ruby", new Syntax(HASH_COMMENT, false, "\"'", false, Set.of("require", "def", "end", "do",
                    "if", "else", "puts", "nil", "true", "false", "new", "File"))),
            Map.entry("php", new Syntax(Set.of("//", "#"), true, "\"'", false, Set.of("require", "use", "new",
                    "echo", "function", "return", "array", "true", "false", "null", "try", "catch"))),
            Map.entry("javascript", new Syntax(C_LIKE_COMMENT, true, "\"'`", false, Set.of("const", "let", "var",
                    "function", "return", "await", "async", "new", "import", "from", "require", "then", "catch",
                    "true", "false", "null", "if", "else"))),
            Map.entry("java", new Syntax(C_LIKE_COMMENT, true, "\"'", false, Set.of("import", "public", "class",
                    "static", "void", "throws", "new", "var", "return", "try", "final", "String", "true", "false",
                    "null"))),
            Map.entry("kotlin", new Syntax(C_LIKE_COMMENT, true, "\"'", false, Set.of("import", "fun", "val", "var",
                    "return", "object", "use", "true", "false", "null"))),
            Map.entry("csharp", new Syntax(C_LIKE_COMMENT, true, "\"'", false, Set.of("using", "class", "static",
                    "void", "var", "new", "return", "string", "true", "false", "null", "await", "async"))),
            Map.entry("go", new Syntax(C_LIKE_COMMENT, true, "\"'`", false, Set.of("package", "import", "func",
                    "var", "return", "if", "err", "nil", "defer", "for", "range", "true", "false"))),
            Map.entry("swift", new Syntax(C_LIKE_COMMENT, true, "\"", false, Set.of("import", "let", "var", "func",
                    "guard", "return", "if", "else", "true", "false", "nil", "try"))),
            Map.entry("rust", new Syntax(C_LIKE_COMMENT, true, "\"", false, Set.of("use", "fn", "let", "mut",
                    "async", "await", "return", "Ok", "Err", "true", "false"))),
            Map.entry("dart", new Syntax(C_LIKE_COMMENT, true, "\"'", false, Set.of("import", "void", "final",
                    "var", "await", "async", "return", "true", "false", "null"))),
            Map.entry("c", new Syntax(C_LIKE_COMMENT, true, "\"'", false, Set.of("include", "int", "char", "long",
                    "void", "return", "static", "struct", "const", "if", "NULL"))));

    private SnippetHighlighter() {
    }

    /** Reports the spans of {@code code} written in {@code language} (a {@link SnippetTarget#language()} tag). */
    public static void highlight(String code, String language, SpanSink sink) {
        Syntax syntax = SYNTAX.get(language);
        if (syntax == null) {
            return; // e.g. a raw HTTP message: shown plain
        }
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            String comment = lineCommentAt(code, i, syntax);
            if (comment != null) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? n : end;
                sink.span(i, end, Role.COMMENT);
                i = end;
            } else if (syntax.blockComments() && code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                sink.span(i, end, Role.COMMENT);
                i = end;
            } else if (syntax.quotes().indexOf(c) >= 0) {
                int end = stringEnd(code, i, syntax);
                sink.span(i, end, Role.STRING);
                i = end;
            } else if (Character.isDigit(c) && (i == 0 || !isWordChar(code.charAt(i - 1)))) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.')) {
                    end++;
                }
                sink.span(i, end, Role.NUMBER);
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < n && isWordChar(code.charAt(end))) {
                    end++;
                }
                if (syntax.keywords().contains(code.substring(i, end))) {
                    sink.span(i, end, Role.KEYWORD);
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    private static String lineCommentAt(String code, int i, Syntax syntax) {
        for (String marker : syntax.lineComments()) {
            boolean startOfWord = i == 0 || !isWordChar(code.charAt(i - 1));
            if (code.startsWith(marker, i) && startOfWord && !(marker.equals("#") && code.startsWith("#include", i))
                    && !(marker.equals("#") && i > 0 && code.charAt(i - 1) == '$')) {
                return marker;
            }
        }
        return null;
    }

    /** The offset after the string starting at {@code start}, honouring escapes and triple quotes. */
    private static int stringEnd(String code, int start, Syntax syntax) {
        char quote = code.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (code.startsWith(triple, start)) {
            int end = code.indexOf(triple, start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        boolean escapes = !(quote == '\'' && syntax.rawSingleQuotes());
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (escapes && c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && quote != '`' && !syntax.rawSingleQuotes()) {
                return i; // an unclosed string ends with its line, so one slip does not colour the rest
            }
        }
        return code.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
