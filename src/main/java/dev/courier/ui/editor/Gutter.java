package dev.courier.ui.editor;

import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.EventStreams;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/** Line numbers, with the line of the current problem marked (like RichTextFX's LineNumberFactory, plus a mark). */
final class Gutter implements IntFunction<Node> {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final Val<Integer> paragraphs;
    private final IntegerProperty problemParagraph = new SimpleIntegerProperty(-1);

    Gutter(CodeArea area) {
        this.paragraphs = LiveList.sizeOf(area.getParagraphs());
    }

    /** The paragraph (0-based) to mark, or -1 for none. */
    IntegerProperty problemParagraphProperty() {
        return problemParagraph;
    }

    @Override
    public Node apply(int index) {
        Label label = new Label();
        label.getStyleClass().add("lineno");
        label.setAlignment(Pos.TOP_RIGHT);
        // Subscriptions end when the label leaves the screen, so recycled lines leak nothing.
        EventStreams.valuesOf(paragraphs).conditionOnShowing(label)
                .subscribe(n -> label.setText(String.format("%" + Integer.toString(n).length() + "d", index + 1)));
        EventStreams.valuesOf(problemParagraph).conditionOnShowing(label)
                .subscribe(p -> label.pseudoClassStateChanged(PROBLEM, p.intValue() == index));
        return label;
    }
}
