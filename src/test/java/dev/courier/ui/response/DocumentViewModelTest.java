package dev.courier.ui.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.InMemoryBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Documents as the viewer sees them, with a direct UI executor; no toolkit. */
class DocumentViewModelTest {

    static final Executor WORK = BodyWorkers.shared();
    static final Executor UI = Runnable::run;

    static DocumentViewModel open(String body, String contentType, boolean asReceived) throws Exception {
        DocumentViewModel document = DocumentViewModel.open(InMemoryBody.copyOf(body.getBytes(StandardCharsets.UTF_8)),
                Optional.of(contentType), asReceived, WORK, UI).get(10, TimeUnit.SECONDS);
        return Documents.laidOut(() -> document);
    }

    static String records(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"city\":\"Boston\"}");
        }
        return json.append(']').toString();
    }

    @Test
    void aJsonBodyIsLaidOutPrettyAndItsLinesArrivePageByPageColoured() throws Exception {
        DocumentViewModel document = open("{\"a\":[1,true],\"b\":\"x\"}", "application/json", false);
        waitFor(() -> !document.processingProperty().get());
        assertThat(document.isJson()).isTrue();
        assertThat(document.lineCountProperty().get()).isEqualTo(7);
        assertThat(document.firstScreenProperty().get()).isTrue();
        assertThat(document.fractionProperty().get()).isEqualTo(1.0);
        assertThat(document.noticeProperty().get()).isEmpty();

        ShownLine line = awaitLine(document.pages(), 1, 7);
        assertThat(line.text()).isEqualTo("  \"a\": [");
        assertThat(line.spans()).extracting(ShownLine.Span::styleClass).containsExactly("json-key",
                "json-punctuation", "json-punctuation");
        assertThat(awaitLine(document.pages(), 3, 7).spans()).extracting(ShownLine.Span::styleClass)
                .containsExactly("json-literal");
        assertThat(document.pages().line(7, 7)).isNull();
    }

    @Test
    void theRawViewKeepsTheBodyAsReceivedAndPlainTextIsNotColoured() throws Exception {
        DocumentViewModel raw = open("{\"a\":1}\n", "application/json", true);
        waitFor(() -> !raw.processingProperty().get());
        assertThat(raw.isJson()).isFalse();
        assertThat(Documents.text(raw)).isEqualTo("{\"a\":1}");
        assertThat(awaitLine(raw.pages(), 0, 1).spans()).isEmpty();
    }

    @Test
    void invalidJsonIsShownAsReceivedWithANotice() throws Exception {
        DocumentViewModel document = open("{\"a\": 1,}", "application/json", false);
        waitFor(() -> !document.processingProperty().get());
        assertThat(document.noticeProperty().get())
                .startsWith("Not valid JSON (line 1, column 8: trailing comma").endsWith("shown as received");
        assertThat(Documents.text(document)).isEqualTo("{\"a\": 1,}");
    }

    @Test
    void textBetweenTwoPositionsForTheClipboard() throws Exception {
        DocumentViewModel document = open("one\ntwo\nthree\nfour", "text/plain", false);
        assertThat(document.text(new TextPosition(0, 1), new TextPosition(2, 3)).get()).isEqualTo("ne\ntwo\nthr");
        assertThat(document.text(new TextPosition(1, 0), TextPosition.endOf(1)).get()).isEqualTo("two\n");
        assertThat(document.wholeText().get()).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void moreThanTheClipboardTakesIsRefusedWithAReason() throws Exception {
        DocumentViewModel document = open("x".repeat(1000) + "\n", "text/plain", false);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("y".repeat(1000));
        }
        DocumentViewModel big = open(String.join("\n", lines), "text/plain", false);
        assertThat(document.wholeText().get()).hasSize(1000);
        assertThatThrownBy(() -> big.wholeText().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(TooLargeException.class)
                .hasMessageContaining("Too large for the clipboard (more than 16,777,216 characters)");
    }

    @Test
    void stoppingKeepsTheLinesSoFarAndSaysSo() throws Exception {
        DocumentViewModel document = DocumentViewModel.open(InMemoryBody.copyOf(records(400_000)
                .getBytes(StandardCharsets.UTF_8)), Optional.of("application/json"), false, WORK, UI)
                .get(10, TimeUnit.SECONDS);
        document.stop(); // 10 MB take far longer to lay out than this takes to run
        waitFor(() -> !document.processingProperty().get());
        assertThat(document.noticeProperty().get()).startsWith("Formatting stopped after ");
        assertThat(document.lineCountProperty().get()).isLessThan(400_000 * 4L);
        assertThat(document.firstScreenProperty().get()).isTrue();
    }

    static ShownLine awaitLine(LinePages pages, long number, long available) throws Exception {
        ShownLine[] found = {null};
        waitFor(() -> (found[0] = pages.line(number, available)) != null);
        return found[0];
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(5);
        }
    }
}
