package dev.courier.ui.vars;

import dev.courier.core.vars.Lookup;
import dev.courier.core.vars.VariableReference;
import dev.courier.core.vars.VariableResolver;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * {@code {{variables}}} in a code area, besides their colours (which the area's styler paints): resting the mouse
 * on a reference shows its value (masked when secret) and where it comes from, or that it is unresolved; Ctrl+Space
 * offers the names visible here.
 */
public final class AreaVariables {

    /** How long the mouse rests on a reference before its value shows. */
    static final Duration HOVER_DELAY = Duration.ofMillis(400);
    /** Lines longer than this are not searched for references (the styler leaves them plain too). */
    private static final int MAX_LINE = 10_000;

    private final CodeArea area;
    private final Supplier<VariableResolver> resolver;
    private final CompletionMenu completion = new CompletionMenu();
    private final Tooltip hover = new Tooltip();

    private AreaVariables(CodeArea area, Supplier<VariableResolver> resolver) {
        this.area = area;
        this.resolver = resolver;
        hover.getStyleClass().add("variable-hover");
        hover.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        area.getProperties().put(AreaVariables.class, this);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (VariableField.COMPLETE.match(e)) {
                e.consume();
                complete();
            }
        });
    }

    /** Adds the hover and Ctrl+Space to {@code area}; {@code resolver} gives the current resolver (may be null). */
    public static AreaVariables install(CodeArea area, Supplier<VariableResolver> resolver) {
        return new AreaVariables(area, resolver);
    }

    /** Opens the completion list under the caret. */
    public void complete() {
        VariableResolver current = resolver.get();
        if (current == null || !area.isEditable()) {
            return;
        }
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        VariableCompletion at = VariableCompletion.at(line, area.getCaretColumn(), current.names());
        int lineStart = area.getAbsolutePosition(paragraph, 0);
        Optional<Bounds> caret = area.getCaretBounds();
        Bounds whole = area.localToScreen(area.getBoundsInLocal());
        Point2D below = caret.map(b -> new Point2D(b.getMinX(), b.getMaxY()))
                .orElseGet(() -> whole == null ? null : new Point2D(whole.getMinX(), whole.getMinY()));
        if (below == null) {
            return;
        }
        completion.show(area, below, at.names(), name -> {
            if (paragraph >= area.getParagraphs().size() || !area.getParagraph(paragraph).getText().equals(line)) {
                return; // the text moved on while the list was open
            }
            area.replaceText(lineStart + at.start(), lineStart + at.end(), VariableCompletion.replacement(name));
            area.moveTo(lineStart + at.caretAfter(name));
            area.requestFollowCaret();
            area.requestFocus();
        });
    }

    /** The reference at character {@code index}, if any. */
    Optional<VariableReference> referenceAt(int index) {
        if (index < 0 || index >= area.getLength()) {
            return Optional.empty();
        }
        TwoDimensional.Position position = area.offsetToPosition(index, TwoDimensional.Bias.Forward);
        String line = area.getParagraph(position.getMajor()).getText();
        if (line.length() > MAX_LINE || !line.contains("{{")) {
            return Optional.empty();
        }
        int column = position.getMinor();
        return VariableReference.findIn(line).stream()
                .filter(r -> r.start() <= column && column < r.end())
                .findFirst();
    }

    private void showHover(int index, Point2D at) {
        VariableResolver current = resolver.get();
        Optional<VariableReference> reference = current == null ? Optional.empty() : referenceAt(index);
        if (reference.isEmpty()) {
            hover.hide();
            return;
        }
        hover.setGraphic(content(reference.get().name(), current.lookup(reference.get().name())));
        hover.show(area, at.getX() + 8, at.getY() + 16);
    }

    private static VBox content(String name, Optional<Lookup> lookup) {
        Label title = new Label(name);
        title.getStyleClass().add("variable-hover-name");
        VBox box = new VBox(2, title);
        box.getStyleClass().add("variable-hover-content");
        if (lookup.isPresent()) {
            Label value = new Label(VariableInfo.shownValue(lookup.get()));
            value.getStyleClass().add("variable-hover-value");
            Label source = new Label(lookup.get().source());
            source.getStyleClass().add("variable-hover-source");
            box.getChildren().addAll(value, source);
        } else {
            Label missing = new Label("Unresolved variable");
            missing.getStyleClass().add("variable-hover-unresolved");
            box.getChildren().add(missing);
        }
        return box;
    }

    /** The variables of {@code area}, once installed. */
    static Optional<AreaVariables> of(CodeArea area) {
        return Optional.ofNullable((AreaVariables) area.getProperties().get(AreaVariables.class));
    }

    /** Whether the hover is showing (for tests). */
    boolean hoverShowing() {
        return hover.isShowing();
    }

    /** The hover's words, one per line (for tests). */
    String hoverText() {
        if (!(hover.getGraphic() instanceof VBox box)) {
            return "";
        }
        return String.join("\n", box.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }
}
