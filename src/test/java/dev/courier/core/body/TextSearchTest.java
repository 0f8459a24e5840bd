package dev.courier.core.body;

import static dev.courier.core.body.FormattedDocumentTest.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.FileBody;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = """
            Alpha beta
            gamma ALPHA
            no match here
            alphalpha""";

    @Test
    void countsNextAndPreviousInPlainText() throws Exception {
        FormattedDocument document = done(TEXT, "text/plain");
        TextSearch search = new TextSearch(document, SearchQuery.of("alpha"));
        assertThat(search.countAll()).as("matches do not overlap").isEqualTo(3);
        assertThat(search.next(0, 0)).contains(new TextMatch(0, 0, 5));
        assertThat(search.next(0, 1)).contains(new TextMatch(1, 6, 5));
        assertThat(search.next(2, 7)).contains(new TextMatch(3, 0, 5));
        assertThat(search.next(3, 1)).isEmpty();
        assertThat(search.previous(3, 4)).contains(new TextMatch(3, 0, 5));
        assertThat(search.previous(3, 0)).contains(new TextMatch(1, 6, 5));
        assertThat(search.previous(0, 0)).isEmpty();
        assertThat(search.matchesIn(1, 2)).containsExactly(new TextMatch(1, 6, 5));

        assertThat(new TextSearch(document, new SearchQuery("alpha", true, false)).countAll()).isEqualTo(1);
        assertThat(new TextSearch(document, new SearchQuery("a\\w+a\\b", false, true)).countAll()).isEqualTo(4);
        assertThat(new TextSearch(document, new SearchQuery("x*", false, true)).countAll()).isZero();
        assertThat(new TextSearch(document, SearchQuery.of("")).countAll()).isZero();
        assertThatThrownBy(() -> new TextSearch(document, new SearchQuery("(unclosed", false, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid regular expression: Unclosed group");
    }

    @Test
    void searchesTheFormattedLinesOfALargeDocumentAcrossBlocks() throws Exception {
        FileBody body = FormattedDocumentTest.jsonRecords(50_000);
        FormattedDocument document = done(body, "application/json");
        TextSearch search = new TextSearch(document, SearchQuery.of("\"name\": \"employee 4999"));
        assertThat(search.countAll()).isEqualTo(11); // 4999 and 49990..49999
        TextMatch first = search.next(0, 0).orElseThrow();
        assertThat(document.lines(first.line(), 1).get(0).text()).isEqualTo("    \"name\": \"Employee 4999\",");
        assertThat(first.column()).isEqualTo(4);
        TextMatch last = search.previous(document.lineCount(), 0).orElseThrow();
        assertThat(document.lines(last.line(), 1).get(0).text()).contains("Employee 49999");
        assertThat(search.previous(first.line(), 4)).isEmpty();
        assertThat(new TextSearch(document, SearchQuery.of("Zoë")).countAll()).isEqualTo(50_000);
        document.close();
        body.close();
    }

    @Test
    void aSearchStopsWhenItsThreadIsInterrupted() throws Exception {
        FileBody body = FormattedDocumentTest.jsonRecords(20_000);
        FormattedDocument document = done(body, "application/json");
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().interrupt();
            try {
                new TextSearch(document, SearchQuery.of("nothing like this")).countAll();
                return null;
            } catch (Exception e) {
                return e;
            } finally {
                Thread.interrupted();
            }
        });
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        document.close();
        body.close();
    }
}
