package dev.courier.ui.response;

import dev.courier.core.body.DocumentLine;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Waiting for documents that open and lay out on other threads, and reading them whole; for tests. */
public final class Documents {

    private Documents() {
    }

    /** Waits until {@code document} gives a document and it is laid out; returns it. */
    public static DocumentViewModel laidOut(Supplier<DocumentViewModel> document) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (document.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no document within 30 s");
            }
            Thread.sleep(5);
        }
        DocumentViewModel shown = document.get();
        shown.document().completion().handle((d, e) -> null).get(30, TimeUnit.SECONDS);
        while (shown.processingProperty().get()) { // the model hears of the end through the UI executor
            if (System.nanoTime() > deadline) {
                throw new AssertionError("document still processing after 30 s");
            }
            Thread.sleep(5);
        }
        return shown;
    }

    /** Every line, joined with line breaks. */
    public static String text(DocumentViewModel document) throws IOException {
        return document.lines(0, Integer.MAX_VALUE).stream().map(DocumentLine::text)
                .collect(Collectors.joining("\n"));
    }

    /** The pretty document of {@code body}, laid out, as text. */
    public static String prettyText(ResponseBodyViewModel body) throws Exception {
        return text(laidOut(() -> body.prettyProperty().get()));
    }
}
