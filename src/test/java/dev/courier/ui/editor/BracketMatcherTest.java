package dev.courier.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketMatcherTest {

    @Test
    void findsThePartnerOfTheBracketBesideTheCaretIgnoringBracketsInStrings() {
        String text = "{\"a\": [\"]\", {}], \"b\": 1}";
        assertThat(BracketMatcher.find(text, 1)).contains(new BracketMatcher.Match(0, 23));
        assertThat(BracketMatcher.find(text, 6)).contains(new BracketMatcher.Match(6, 14));
        assertThat(BracketMatcher.find(text, 15)).contains(new BracketMatcher.Match(6, 14));
        assertThat(BracketMatcher.find(text, 3)).isEmpty();
        assertThat(BracketMatcher.find("[1}", 1)).isEmpty();
    }
}
