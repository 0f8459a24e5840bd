package dev.courier.core.body;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Indents XML or HTML for reading: each tag on its own line, two spaces per level, an element holding only short
 * text kept on one line. Tolerant: unbalanced tags, stray {@code <} and unterminated markup just print as they come.
 * Text and tags are copied as written (entities, attribute quoting); only whitespace between them changes.
 */
final class MarkupIndenter {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "pre", "textarea");
    private static final int INLINE_TEXT = 120;

    private final CharSequence text;
    private final Appendable out;
    private final boolean html;
    private final int length;
    private int depth;
    private boolean firstLine = true;

    private MarkupIndenter(CharSequence text, Appendable out, boolean html) {
        this.text = text;
        this.out = out;
        this.html = html;
        this.length = text.length();
    }

    /** Writes {@code text} indented to {@code out}. */
    static void indent(CharSequence text, Appendable out, boolean html) throws IOException {
        new MarkupIndenter(text, out, html).run();
    }

    private void run() throws IOException {
        int i = 0;
        while (i < length) {
            if (text.charAt(i) != '<') {
                int next = indexOf('<', i);
                writeText(i, next);
                i = next;
                continue;
            }
            int end = markupEnd(i);
            boolean closing = i + 1 < length && text.charAt(i + 1) == '/';
            boolean element = i + 1 < length && (Character.isLetter(text.charAt(i + 1)) || closing);
            String name = element ? name(i + (closing ? 2 : 1)) : "";
            if (closing) {
                depth = Math.max(0, depth - 1);
                line(i, end);
                i = end;
            } else if (!element || text.charAt(end - 2) == '/' || html && VOID.contains(name)) {
                line(i, end); // comment, declaration, processing instruction, CDATA, empty or void element
                i = end;
            } else {
                i = openElement(i, end, name);
            }
        }
    }

    /** An opening tag: its content on one line when it is short text, raw when it is script-like, else indented. */
    private int openElement(int start, int end, String name) throws IOException {
        int textEnd = indexOf('<', end);
        String closeTag = "</" + name;
        if (html && RAW_TEXT.contains(name)) {
            int close = indexOfIgnoreCase(closeTag, end);
            int closeEnd = close < 0 ? length : markupEnd(close);
            line(start, closeEnd);
            return closeEnd;
        }
        if (textEnd - end <= INLINE_TEXT && isClosing(closeTag, textEnd) && !hasLineBreak(end, textEnd)) {
            int closeEnd = markupEnd(textEnd);
            line(start, closeEnd);
            return closeEnd;
        }
        line(start, end);
        depth++;
        return end;
    }

    /** Whether the closing tag {@code </name} starts at {@code at} (and not {@code </names}). */
    private boolean isClosing(String closeTag, int at) {
        int after = at + closeTag.length();
        return startsWithIgnoreCase(closeTag, at)
                && (after >= length || text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)));
    }

    private void writeText(int from, int to) throws IOException {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            line(start, end);
        }
    }

    private void line(int from, int to) throws IOException {
        if (!firstLine) {
            out.append('\n');
        }
        firstLine = false;
        for (int d = 0; d < depth; d++) {
            out.append("  ");
        }
        out.append(text, from, to);
    }

    /** Just past the {@code >} closing the markup at {@code start}, minding quotes in tags; the end if none. */
    private int markupEnd(int start) {
        String terminator = startsWith("<!--", start) ? "-->" : startsWith("<![CDATA[", start) ? "]]>"
                : startsWith("<?", start) ? "?>" : null;
        if (terminator != null) {
            int at = indexOf(terminator, start + 2);
            return at < 0 ? length : at + terminator.length();
        }
        char quote = 0;
        for (int i = start + 1; i < length; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return i; // a stray '<' inside a tag: end the broken tag here
            }
        }
        return length;
    }

    private String name(int from) {
        int i = from;
        while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || ":_.-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        String name = text.subSequence(from, i).toString();
        return html ? name.toLowerCase(Locale.ROOT) : name;
    }

    private boolean hasLineBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < length; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return length;
    }

    private int indexOf(String s, int from) {
        for (int i = from; i + s.length() <= length; i++) {
            if (startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfIgnoreCase(String s, int from) {
        for (int i = indexOf('<', from); i < length; i = indexOf('<', i + 1)) {
            if (startsWithIgnoreCase(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(String s, int at) {
        if (at + s.length() > length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != Character.toLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
