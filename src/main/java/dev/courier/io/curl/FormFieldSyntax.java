package dev.courier.io.curl;

import java.util.List;

/**
 * The syntax of a {@code -F} value after {@code name=}, as curl 7.88's {@code get_param_part} reads it: a word
 * (double quotes with {@code \"} and {@code \\} allowed), then {@code ;type=major/minor…}, {@code ;filename=…},
 * {@code ;headers=…} and {@code ;encoder=…}. Unquoted words lose trailing spaces; text after a {@code type=} that
 * is not another keyword belongs to the type ({@code type=text/plain; charset=utf-8}).
 */
final class FormFieldSyntax {

    /** No end character: the whole value is one field. */
    static final int NONE = -1;

    /**
     * What the syntax held.
     *
     * @param next where reading stopped: the end, or the end character (a comma between files)
     * @param valid false when curl rejects the field (a {@code type=} that is not {@code major/minor})
     */
    record Field(String data, String type, String filename, String headers, String encoder, int next,
                 boolean valid) {
    }

    private record Word(String value, int next, boolean quoted) {
    }

    private FormFieldSyntax() {
    }

    static Field parse(String s, int start, int endChar, List<String> warnings) {
        int p = skipSpaces(s, start);
        Word data = word(s, p, endChar, warnings);
        String dataValue = data.quoted() ? data.value() : data.value().stripTrailing();
        p = data.next();
        String type = null;
        String filename = null;
        String headers = null;
        String encoder = null;
        int typeStart = -1;
        int typeEnd = -1;
        while (p < s.length() && s.charAt(p) == ';') {
            p = skipSpaces(s, p + 1);
            if (typeEnd < 0 && startsWith(s, p, "type=")) {
                typeStart = skipSpaces(s, p + 5);
                int slash = s.indexOf('/', typeStart);
                int majorEnd = indexOfAny(s, typeStart, "/ ");
                if (slash < 0 || majorEnd != slash || slash == typeStart || slash + 1 >= s.length()
                        || "; ,\n".indexOf(s.charAt(slash + 1)) >= 0) {
                    return new Field(dataValue, null, null, null, null, s.length(), false);
                }
                p = indexOfAny(s, slash + 1, ";, \n");
                typeEnd = p;
                p = extendType(s, p, endChar);
                typeEnd = Math.max(typeEnd, lastNonSpace(s, typeEnd, p));
            } else if (startsWith(s, p, "filename=")) {
                if (typeEnd >= 0) {
                    type = s.substring(typeStart, typeEnd);
                    typeEnd = -1;
                }
                Word w = word(s, skipSpaces(s, p + 9), endChar, warnings);
                filename = w.quoted() ? w.value() : w.value().stripTrailing();
                p = w.next();
            } else if (startsWith(s, p, "headers=") || startsWith(s, p, "encoder=")) {
                boolean isHeaders = startsWith(s, p, "headers=");
                Word w = word(s, skipSpaces(s, p + 8), endChar, warnings);
                if (isHeaders) {
                    headers = w.value();
                } else {
                    encoder = w.value();
                }
                p = w.next();
            } else if (typeEnd >= 0) {
                int from = p;
                p = extendType(s, p, endChar);
                typeEnd = Math.max(typeEnd, lastNonSpace(s, from, p));
            } else {
                Word unknown = word(s, p, endChar, warnings);
                if (!unknown.value().isEmpty()) {
                    warnings.add("curl skips the unknown form field parameter \"" + unknown.value() + "\"");
                }
                p = unknown.next();
            }
        }
        if (typeEnd >= 0) {
            type = s.substring(typeStart, typeEnd);
        }
        return new Field(dataValue, type, filename, headers, encoder, p, true);
    }

    /** A word: quoted ({@code "a;b"} with {@code \"} and {@code \\}) or up to {@code ;} or the end character. */
    private static Word word(String s, int p, int endChar, List<String> warnings) {
        if (p < s.length() && s.charAt(p) == '"') {
            StringBuilder value = new StringBuilder();
            for (int q = p + 1; q < s.length(); q++) {
                char c = s.charAt(q);
                if (c == '\\' && q + 1 < s.length() && (s.charAt(q + 1) == '\\' || s.charAt(q + 1) == '"')) {
                    value.append(s.charAt(++q));
                } else if (c == '"') {
                    int next = q + 1;
                    boolean trailing = false;
                    while (next < s.length() && s.charAt(next) != ';' && s.charAt(next) != endChar) {
                        trailing |= !Character.isWhitespace(s.charAt(next));
                        next++;
                    }
                    if (trailing) {
                        warnings.add("curl ignores the text after the quoted form value \"" + value + "\"");
                    }
                    return new Word(value.toString(), next, true);
                } else {
                    value.append(c);
                }
            }
            // no closing quote: curl reads the word as if it were not quoted
        }
        int q = p;
        while (q < s.length() && s.charAt(q) != ';' && s.charAt(q) != endChar) {
            q++;
        }
        return new Word(s.substring(p, q), q, false);
    }

    private static int extendType(String s, int p, int endChar) {
        while (p < s.length() && s.charAt(p) != ';' && s.charAt(p) != endChar) {
            p++;
        }
        return p;
    }

    /** The end of the last non-space character in {@code [from, to)}, or {@code from}. */
    private static int lastNonSpace(String s, int from, int to) {
        int end = from;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                end = i + 1;
            }
        }
        return end;
    }

    private static int indexOfAny(String s, int from, String chars) {
        int i = from;
        while (i < s.length() && chars.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean startsWith(String s, int p, String prefix) {
        return s.regionMatches(true, p, prefix, 0, prefix.length());
    }
}
