package dev.courier.ui.vars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Ctrl+Space offers at a caret: the names that fit the part of a name typed after the nearest unclosed
 * {@code {{} before the caret (all names when there is none), and the range a chosen name replaces so that the text
 * reads {@code {{name}}} with the caret after the closing braces. Pure logic; works on one line of text.
 *
 * @param start   first offset replaced (the {@code {{} typed, or the caret when nothing was typed)
 * @param end     offset just after the last character replaced (the caret, or the {@code }}} already there)
 * @param partial what was typed of the name (leading spaces dropped)
 * @param names   the names offered: those starting with {@code partial} first, then those containing it (case
 *                ignored); within each, the dynamic {@code $names} after the variables
 */
public record VariableCompletion(int start, int end, String partial, List<String> names) {

    /** How far back to look for an opening {@code {{}: a name is never this long. */
    static final int LOOK_BACK = 200;

    public VariableCompletion {
        names = List.copyOf(names);
    }

    /** The completion at {@code caret} in {@code text} (one line; the caret between 0 and its length). */
    public static VariableCompletion at(CharSequence text, int caret, List<String> known) {
        int open = openingBefore(text, caret);
        if (open < 0) {
            return new VariableCompletion(caret, caret, "", matching(known, ""));
        }
        String partial = text.subSequence(open + 2, caret).toString().stripLeading();
        return new VariableCompletion(open, closingAfter(text, caret), partial, matching(known, partial));
    }

    /** The text that replaces [{@link #start}, {@link #end}) when {@code name} is chosen. */
    public static String replacement(String name) {
        return "{{" + name + "}}";
    }

    /** Where the caret goes once {@code name} was put in: just after its closing braces. */
    public int caretAfter(String name) {
        return start + replacement(name).length();
    }

    /** The offset of the {@code {{} whose reference the caret is in, or -1. */
    private static int openingBefore(CharSequence text, int caret) {
        int limit = Math.max(0, caret - LOOK_BACK);
        for (int i = caret - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '}' || c == '\n') {
                return -1; // closed before the caret (or another line)
            }
            if (c == '{') {
                // the nearest '{' must be the second of a "{{"; extra braces before it ("{{{") stay where they are
                return i > 0 && text.charAt(i - 1) == '{' ? i - 1 : -1;
            }
        }
        return -1;
    }

    /** Where the reference the caret is in ends: after its {@code }}} when it is closed, otherwise the caret. */
    private static int closingAfter(CharSequence text, int caret) {
        int limit = Math.min(text.length(), caret + LOOK_BACK);
        int i = caret;
        while (i < limit && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '{'
                && text.charAt(i) != '}') {
            i++; // the rest of the name
        }
        while (i < limit && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++; // spaces before the braces, as in "{{ name }}"
        }
        boolean closed = i + 1 < text.length() && text.charAt(i) == '}' && text.charAt(i + 1) == '}';
        return closed ? i + 2 : caret;
    }

    private static List<String> matching(List<String> known, String partial) {
        String wanted = partial.strip().toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : known) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starting.add(name);
            } else if (lower.contains(wanted)) {
                containing.add(name);
            }
        }
        List<String> offered = new ArrayList<>(known.size());
        for (List<String> group : List.of(starting, containing)) {
            group.stream().filter(n -> !n.startsWith("$")).forEach(offered::add);
            group.stream().filter(n -> n.startsWith("$")).forEach(offered::add);
        }
        return offered;
    }
}
