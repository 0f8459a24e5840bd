package dev.courier.ui.response;

import static dev.courier.ui.response.DocumentViewModelTest.UI;
import static dev.courier.ui.response.DocumentViewModelTest.WORK;
import static dev.courier.ui.response.DocumentViewModelTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.body.TextMatch;
import org.junit.jupiter.api.Test;

/** Find in a document with a direct UI executor; no toolkit. */
class SearchViewModelTest {

    private final SearchViewModel search = new SearchViewModel(WORK, UI);

    private void searchFor(String query) throws InterruptedException {
        search.queryProperty().set(query);
        waitFor(() -> !search.summaryProperty().get().startsWith("Searching"));
    }

    private TextMatch stepTo(boolean forward, TextMatch expected) throws InterruptedException {
        if (forward) {
            search.next();
        } else {
            search.previous();
        }
        waitFor(() -> expected.equals(search.currentProperty().get()));
        return search.currentProperty().get();
    }

    @Test
    void countsTheMatchesGoesToTheFirstAndStepsRoundBothWays() throws Exception {
        DocumentViewModel document = DocumentViewModelTest.open(
                "{\"city\":\"Boston\",\"home\":{\"city\":\"boston\"},\"cities\":[\"Bostonian\"]}", "application/json",
                false);
        search.attach(document);
        searchFor("boston");

        assertThat(search.patternProperty().get()).isNotNull();
        assertThat(search.currentProperty().get()).isEqualTo(new TextMatch(1, 11, 6));
        assertThat(search.summaryProperty().get()).isEqualTo("1 of 3");
        stepTo(true, new TextMatch(3, 13, 6));
        assertThat(search.summaryProperty().get()).isEqualTo("2 of 3");
        stepTo(true, new TextMatch(6, 5, 6));
        stepTo(true, new TextMatch(1, 11, 6));
        stepTo(false, new TextMatch(6, 5, 6));
        assertThat(search.summaryProperty().get()).isEqualTo("3 of 3");
    }

    @Test
    void matchCaseAndRegularExpressionsAndReadableMistakes() throws Exception {
        search.attach(DocumentViewModelTest.open("Boston\nboston\nBOSTON 42", "text/plain", false));
        search.caseSensitiveProperty().set(true);
        searchFor("Boston");
        assertThat(search.summaryProperty().get()).isEqualTo("1 of 1");

        search.caseSensitiveProperty().set(false);
        search.regexProperty().set(true);
        searchFor("b.ston\\s+\\d+");
        assertThat(search.currentProperty().get()).isEqualTo(new TextMatch(2, 0, 9));

        searchFor("(unclosed");
        assertThat(search.summaryProperty().get()).startsWith("Invalid regular expression: Unclosed group");
        assertThat(search.patternProperty().get()).isNull();
        assertThat(search.currentProperty().get()).isNull();

        search.regexProperty().set(false);
        searchFor("nowhere");
        assertThat(search.summaryProperty().get()).isEqualTo("No matches");
        search.clear();
        assertThat(search.summaryProperty().get()).isEmpty();
    }

    @Test
    void theFirstStepStartsAtTheTopOfTheView() throws Exception {
        search.attach(DocumentViewModelTest.open("a\nb\na\nb\na", "text/plain", false));
        search.setOrigin(3);
        searchFor("a");
        assertThat(search.currentProperty().get()).isEqualTo(new TextMatch(4, 0, 1));
        assertThat(search.summaryProperty().get()).isEqualTo("3 of 3");
    }

    @Test
    void tooManyMatchesToRememberAreStillCountedAndSteppedThrough() throws Exception {
        int lines = SearchViewModel.MAX_REMEMBERED + 5_000;
        DocumentViewModel document = DocumentViewModelTest.open("x\n".repeat(lines), "text/plain", false);
        search.attach(document);
        searchFor("x");
        waitFor(() -> search.currentProperty().get() != null);
        assertThat(search.summaryProperty().get()).isEqualTo("line 1 · 105,000 matches");
        stepTo(true, new TextMatch(1, 0, 1));
        stepTo(false, new TextMatch(0, 0, 1));
        stepTo(false, new TextMatch(lines - 1, 0, 1));
        assertThat(search.summaryProperty().get()).isEqualTo("line 105,000 · 105,000 matches");
    }
}
