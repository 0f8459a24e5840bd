package dev.courier.ui.response;

import dev.courier.core.json.JsonHighlighter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The colour spans of one line of pretty-printed JSON. Lines of a pretty-printed document never split a token, so
 * each line is coloured on its own, only when it is about to be shown.
 */
final class JsonLineColours {

    /** Longer lines stay plain: thousands of coloured pieces would make one row slow to lay out. */
    static final int MAX_COLOURED_CHARS = 4_000;
    private static final int MAX_SPANS = 300;

    private JsonLineColours() {
    }

    static List<ShownLine.Span> of(String line) {
        if (line.isEmpty() || line.length() > MAX_COLOURED_CHARS) {
            return List.of();
        }
        List<ShownLine.Span> spans = new ArrayList<>();
        JsonHighlighter.highlight(line, (start, end, role) ->
                spans.add(new ShownLine.Span(start, end, "json-" + role.name().toLowerCase(Locale.ROOT))));
        return spans.size() > MAX_SPANS ? List.of() : spans;
    }
}
