package dev.courier.ui.response;

import dev.courier.core.body.DocumentLayout;
import dev.courier.core.body.DocumentLine;
import dev.courier.core.body.DocumentListener;
import dev.courier.core.body.DocumentProgress;
import dev.courier.core.body.FormattedDocument;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One {@link FormattedDocument} as a viewer shows it: the lines readable so far (a count that grows while the rest
 * is processed), the progress, a notice, and the lines themselves through {@link LinePages}. Changed on the UI
 * thread; everything that reads the document runs on the work executor.
 */
public final class DocumentViewModel implements AutoCloseable {

    /** Characters copied to the clipboard at most: beyond that, saving is the way. */
    public static final int MAX_COPY_CHARS = 16 << 20;

    private final FormattedDocument document;
    private final Executor work;
    private final Executor ui;
    private final LinePages pages;
    private final ReadOnlyLongWrapper lineCount = new ReadOnlyLongWrapper(this, "lineCount");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ReadOnlyBooleanWrapper processing = new ReadOnlyBooleanWrapper(this, "processing", true);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper firstScreen = new ReadOnlyBooleanWrapper(this, "firstScreen");
    private boolean stopped;

    private DocumentViewModel(FormattedDocument document, Relay relay, Executor work, Executor ui) {
        this.document = document;
        this.work = work;
        this.ui = ui;
        this.pages = new LinePages(document::lines, document.layout() == DocumentLayout.PRETTY_JSON, work, ui);
        relay.target.set(this::refresh);
        // The relay only carries reports made while processing runs; these two are never missed.
        document.firstScreen().whenComplete((lines, error) -> ui.execute(this::showFirstScreen));
        document.completion().whenComplete((done, error) -> ui.execute(this::finish));
    }

    /**
     * Opens {@code body} as a document, processed on {@code work}; the future completes on a work thread once the
     * document is open (its first screen comes later). Never call it on the UI thread's behalf synchronously.
     *
     * @param asReceived lay text out exactly as received (the Raw view) rather than formatted
     */
    public static CompletableFuture<DocumentViewModel> open(ResponseBody body, Optional<String> contentType,
                                                            boolean asReceived, Executor work, Executor ui) {
        return CompletableFuture.supplyAsync(() -> {
            Relay relay = new Relay(ui);
            try {
                FormattedDocument document = asReceived
                        ? FormattedDocument.openAsReceived(body, contentType, work, relay)
                        : FormattedDocument.open(body, contentType, work, relay);
                return new DocumentViewModel(document, relay, work, ui);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, work);
    }

    /** A document of text Courier made (a hex dump, a JSONPath result), laid out like a body of that type. */
    public static CompletableFuture<DocumentViewModel> ofText(String text, String contentType, Executor work,
                                                              Executor ui) {
        ResponseBody body = InMemoryBody.copyOf(text.getBytes(StandardCharsets.UTF_8));
        return open(body, Optional.of(contentType), false, work, ui);
    }

    public FormattedDocument document() {
        return document;
    }

    public LinePages pages() {
        return pages;
    }

    public boolean isJson() {
        return document.layout() == DocumentLayout.PRETTY_JSON;
    }

    /** Lines readable now; grows while the document is processed. */
    public ReadOnlyLongProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    /** 0 to 1: how much of the body is processed. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** True until the document is laid out (or stopped). */
    public ReadOnlyBooleanProperty processingProperty() {
        return processing.getReadOnlyProperty();
    }

    /** True once the first screen of lines is readable. */
    public ReadOnlyBooleanProperty firstScreenProperty() {
        return firstScreen.getReadOnlyProperty();
    }

    /** A remark: not valid JSON and shown as received, formatting stopped, the body could not be read. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Formatting… 45 % · 1,234,567 lines" while processing. */
    public String progressText() {
        String verb = document.layout() == DocumentLayout.AS_RECEIVED ? "Reading lines" : "Formatting";
        return String.format(Locale.ROOT, "%s… %d %% · %,d lines", verb, Math.round(fraction.get() * 100),
                lineCount.get());
    }

    /** Stops processing; the lines laid out so far stay. */
    public void stop() {
        if (processing.get()) {
            stopped = true;
            document.cancel();
        }
    }

    /**
     * The text from {@code start} to {@code end} (columns of {@code end} exclusive; {@code Integer.MAX_VALUE}
     * takes the line break too), read off the UI thread; fails with {@link TooLargeException} beyond
     * {@link #MAX_COPY_CHARS}.
     */
    public CompletableFuture<String> text(TextPosition start, TextPosition end) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return TextRange.read(document::lines, start, end, MAX_COPY_CHARS);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, work);
    }

    /** Every line, once the document is laid out. */
    public CompletableFuture<String> wholeText() {
        return document.completion().handle((done, error) -> null)
                .thenCompose(ignored -> text(new TextPosition(0, 0),
                        new TextPosition(Math.max(0, document.lineCount() - 1), Integer.MAX_VALUE)))
                .thenApply(text -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    /** The first {@code count} lines readable now; blocking, for tests and off-thread callers. */
    public List<DocumentLine> lines(long from, int count) throws IOException {
        return document.lines(from, count);
    }

    @Override
    public void close() {
        pages.close();
        document.close();
    }

    private void refresh() {
        DocumentProgress now = document.progress();
        lineCount.set(now.lineCount());
        fraction.set(now.fraction());
        if (firstScreen.get() || !document.firstScreen().isDone()) {
            return;
        }
        showFirstScreen();
    }

    private void showFirstScreen() {
        lineCount.set(document.lineCount());
        if (!document.firstScreen().isCompletedExceptionally()) {
            pages.prefetch(0, LinePages.PAGE_LINES - 1, lineCount.get());
            firstScreen.set(true);
        }
    }

    private void finish() {
        refresh();
        if (stopped) {
            notice.set(String.format(Locale.ROOT, "Formatting stopped after %,d lines (%d %% of the body)",
                    document.lineCount(), Math.round(fraction.get() * 100)));
        } else {
            notice.set(document.notice().orElse(""));
        }
        firstScreen.set(true);
        processing.set(false); // last: whoever waits for the end finds everything else in place
    }

    /** Hands progress reports to the UI thread, keeping at most one pending. */
    private static final class Relay implements DocumentListener {
        private final Executor ui;
        private final AtomicReference<Runnable> target = new AtomicReference<>();
        private final AtomicReference<DocumentProgress> latest = new AtomicReference<>();

        Relay(Executor ui) {
            this.ui = ui;
        }

        @Override
        public void onProgress(DocumentProgress progress) {
            if (latest.getAndSet(progress) == null) {
                ui.execute(() -> {
                    latest.set(null);
                    Runnable refresh = target.get();
                    if (refresh != null) {
                        refresh.run();
                    }
                });
            }
        }
    }
}
