package dev.courier.codegen;

/**
 * Double-quoted string literals for the languages whose strings descend from C: backslash escapes for the quote,
 * the backslash and control characters, with per-language differences held by {@link Dialect}: how a control
 * character or a non-ASCII character is written, and which further characters start an interpolation.
 */
public final class CStyleStringLiteral {

    /** How a character without a short escape ({@code \n}, {@code \t}...) is written. */
    enum CodeEscape {
        /** Backslash, u and four hex digits: one UTF-16 unit. */
        UTF16,
        /** Backslash, u and the code point in braces. */
        BRACED,
        /** {@code \x01}. */
        HEX,
        /** {@code \001}, three octal digits so that a following digit cannot join it. */
        OCTAL
    }

    /** One language's rules. */
    public enum Dialect {
        /** Non-ASCII escaped: {@code java Main.java} reads the source in the platform charset on JDK 17. */
        JAVA(CodeEscape.OCTAL, true, ""),
        /** {@code $} starts a template. */
        KOTLIN(CodeEscape.UTF16, true, "$"),
        /** Non-ASCII escaped so that the source compiles whatever encoding the compiler assumes. */
        CSHARP(CodeEscape.UTF16, true, ""),
        JAVASCRIPT(CodeEscape.UTF16, false, ""),
        GO(CodeEscape.HEX, false, ""),
        RUST(CodeEscape.BRACED, false, ""),
        /** {@code \(} interpolates, which escaping the backslash already prevents. */
        SWIFT(CodeEscape.BRACED, false, ""),
        /** {@code $} interpolates. */
        DART(CodeEscape.HEX, false, "$"),
        /** {@code ??} could start a trigraph, so a {@code ?} after a {@code ?} is escaped. */
        C(CodeEscape.OCTAL, false, "");

        private final CodeEscape codeEscape;
        private final boolean escapeNonAscii;
        private final String interpolationChars;

        Dialect(CodeEscape codeEscape, boolean escapeNonAscii, String interpolationChars) {
            this.codeEscape = codeEscape;
            this.escapeNonAscii = escapeNonAscii;
            this.interpolationChars = interpolationChars;
        }
    }

    private CStyleStringLiteral() {
    }

    /** The double-quoted literal for {@code text} in {@code dialect}. */
    public static String quote(Dialect dialect, String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (dialect.interpolationChars.indexOf(c) >= 0
                            || dialect == Dialect.C && c == '?' && i > 0 && text.charAt(i - 1) == '?') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7F) {
                        out.append(code(dialect.codeEscape, c));
                    } else if (c > 0x7F && dialect.escapeNonAscii) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String code(CodeEscape escape, char c) {
        return switch (escape) {
            case UTF16 -> String.format("\\u%04x", (int) c);
            case BRACED -> String.format("\\u{%x}", (int) c);
            case HEX -> String.format("\\x%02x", (int) c);
            case OCTAL -> String.format("\\%03o", (int) c);
        };
    }
}
