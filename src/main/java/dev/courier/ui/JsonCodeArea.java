package dev.courier.ui;

import dev.courier.core.json.JsonHighlighter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A code area with line numbers whose JSON is coloured by the core lexer. Highlighting is computed off the UI
 * thread after typing pauses; a result for text that has changed since is dropped.
 */
final class JsonCodeArea {

    private static final Duration PAUSE = Duration.ofMillis(60);

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final Executor background;
    private final Executor ui;
    private long version;

    JsonCodeArea(String id, Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        area.setId(id);
        area.getStyleClass().add("json-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.plainTextChanges().successionEnds(PAUSE).subscribe(change -> highlight());
    }

    CodeArea area() {
        return area;
    }

    VirtualizedScrollPane<CodeArea> node() {
        return scrollPane;
    }

    /** Replaces the whole text, e.g. with a new response body. */
    void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    private void highlight() {
        long requested = ++version;
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        background.execute(() -> {
            StyleSpans<Collection<String>> spans = spans(text);
            ui.execute(() -> {
                if (requested == version) {
                    area.setStyleSpans(0, spans);
                }
            });
        });
    }

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int[] last = {0};
        JsonHighlighter.highlight(text, (start, end, role) -> {
            builder.add(List.of(), start - last[0]);
            builder.add(List.of("json-" + role.name().toLowerCase(java.util.Locale.ROOT)), end - start);
            last[0] = end;
        });
        builder.add(List.of(), text.length() - last[0]);
        return builder.create();
    }
}
