package dev.courier.ui.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSelectionTest {

    private final TextSelection selection = new TextSelection();

    @Test
    void aPressAloneSelectsNothing() {
        selection.start(new TextPosition(3, 4));
        assertThat(selection.isEmpty()).isTrue();
        assertThat(selection.on(3)).isEmpty();
        assertThat(selection.lineSpan()).isZero();
    }

    @Test
    void draggingUpwardsSelectsFromTheFocusToTheAnchor() {
        selection.start(new TextPosition(5, 2));
        selection.extend(new TextPosition(3, 7));
        assertThat(selection.start()).contains(new TextPosition(3, 7));
        assertThat(selection.end()).contains(new TextPosition(5, 2));
        assertThat(selection.on(3)).contains(new TextSelection.Columns(7, Integer.MAX_VALUE));
        assertThat(selection.on(4)).contains(new TextSelection.Columns(0, Integer.MAX_VALUE));
        assertThat(selection.on(5)).contains(new TextSelection.Columns(0, 2));
        assertThat(selection.on(6)).isEmpty();
        assertThat(selection.lineSpan()).isEqualTo(3);
    }

    @Test
    void selectAllTakesEveryLineWithItsBreak() {
        selection.selectAll(10);
        assertThat(selection.on(0)).contains(new TextSelection.Columns(0, Integer.MAX_VALUE));
        assertThat(selection.on(9)).contains(new TextSelection.Columns(0, Integer.MAX_VALUE));
        assertThat(selection.lineSpan()).isEqualTo(10);
        selection.clear();
        assertThat(selection.isEmpty()).isTrue();
    }

    @Test
    void aWordOnOneLine() {
        selection.select(2, 4, 9);
        assertThat(selection.on(2)).contains(new TextSelection.Columns(4, 9));
        assertThat(selection.on(1)).isEmpty();
    }
}
