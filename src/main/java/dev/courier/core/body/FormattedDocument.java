package dev.courier.core.body;

import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A response body laid out as lines for a virtualized viewer, however large: JSON pretty-printed, XML and HTML
 * indented, other text as received. Processing runs on the executor given to {@link #open}; lines become readable
 * while it runs ({@link #lineCount()} grows), the first screen as early as possible ({@link #firstScreen()}), and
 * any range of lines is read back quickly ({@link #lines}) from memory or a temporary file, never the whole text
 * at once. The document reads the body but does not own it; {@link #close()} the document before releasing the
 * body.
 */
public final class FormattedDocument implements AutoCloseable {

    /** Lines that make a first screen: {@link #firstScreen()} completes once this many are readable. */
    public static final int FIRST_SCREEN_LINES = 200;
    /** Characters of one line that {@link #lines} returns at most; longer lines come cut. */
    public static final int MAX_LINE_CHARS = 20_000;

    /** What lines are read from, fixed before the first line is published. */
    record View(DocumentBytes bytes, LineIndex index, LineReader reader) {
    }

    private final ResponseBody body;
    private final BodyType type;
    private final DocumentListener listener;
    private final CompletableFuture<Long> firstScreen = new CompletableFuture<>();
    private final CompletableFuture<FormattedDocument> completion = new CompletableFuture<>();
    private volatile View view;
    private volatile DocumentLayout layout;
    private volatile String notice;
    private volatile boolean cancelled;
    private boolean closed;
    private volatile double fraction;
    private long lastReport;

    private FormattedDocument(ResponseBody body, BodyType type, DocumentListener listener, boolean asReceived) {
        this.body = body;
        this.type = type;
        this.listener = listener;
        this.layout = asReceived && type.kind().isText() ? DocumentLayout.AS_RECEIVED : initialLayout(type.kind());
    }

    /**
     * Starts laying out {@code body} on {@code executor}. Reads the first 8 KiB here to sniff the type, so call it
     * off the UI thread.
     */
    public static FormattedDocument open(ResponseBody body, Optional<String> contentType, Executor executor,
                                         DocumentListener listener) throws IOException {
        return open(body, contentType, executor, listener, false);
    }

    /**
     * Like {@link #open(ResponseBody, Optional, Executor, DocumentListener)}, but text of any kind is laid out
     * exactly as received, line by line, without pretty-printing or indenting: the viewer's Raw view.
     */
    public static FormattedDocument openAsReceived(ResponseBody body, Optional<String> contentType, Executor executor,
                                                   DocumentListener listener) throws IOException {
        return open(body, contentType, executor, listener, true);
    }

    private static FormattedDocument open(ResponseBody body, Optional<String> contentType, Executor executor,
                                          DocumentListener listener, boolean asReceived) throws IOException {
        BodyType type = BodySniffer.sniff(contentType, body.prefix(BodySniffer.SNIFF_BYTES), body.size());
        FormattedDocument document = new FormattedDocument(body, type, listener, asReceived);
        executor.execute(() -> new DocumentFormatter(document).run());
        return document;
    }

    /** Like {@link #open(ResponseBody, Optional, Executor, DocumentListener)}, without a listener. */
    public static FormattedDocument open(ResponseBody body, Optional<String> contentType, Executor executor)
            throws IOException {
        return open(body, contentType, executor, DocumentListener.NONE);
    }

    /** What the body is: kind, media type, image format, charset. */
    public BodyType type() {
        return type;
    }

    /** How the lines are laid out; final once {@link #firstScreen()} has completed. */
    public DocumentLayout layout() {
        return layout;
    }

    /** A remark for the user (JSON that is not valid, shown as received; a read failure), if any. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** The charset lines are decoded with. */
    public Charset charset() {
        View v = view;
        return v == null ? type.charset() : v.reader().charset();
    }

    /** Lines readable now; grows while the document is processed. */
    public long lineCount() {
        View v = view;
        return v == null ? 0 : v.index().lineCount();
    }

    /** Whether processing has ended, one way or another. */
    public boolean isDone() {
        return completion.isDone();
    }

    public DocumentProgress progress() {
        return new DocumentProgress(isDone() ? 1.0 : fraction, lineCount(), isDone());
    }

    /**
     * Completes with the number of readable lines once the first {@link #FIRST_SCREEN_LINES} are readable (or the
     * whole document, if shorter); fails if processing fails or is cancelled before.
     */
    public CompletableFuture<Long> firstScreen() {
        return firstScreen;
    }

    /** Completes when the whole document is laid out; fails with the cause, or cancelled. */
    public CompletableFuture<FormattedDocument> completion() {
        return completion;
    }

    /**
     * Up to {@code count} lines from line {@code from} (0-based), as many as are readable now. Reads from memory
     * or a file: fast, but I/O, so not on the UI thread.
     */
    public List<DocumentLine> lines(long from, int count) throws IOException {
        View v = view;
        return v == null ? List.of() : v.reader().lines(from, count, MAX_LINE_CHARS);
    }

    /** Visits readable lines from {@code from} on, cut at {@code maxChars}; for {@link TextSearch}. */
    void forEachLine(long from, long count, int maxChars, LineReader.LineVisitor visitor) throws IOException {
        View v = view;
        if (v != null) {
            v.reader().forEach(from, count, maxChars, visitor);
        }
    }

    /** Stops processing; the lines laid out so far stay readable until {@link #close()}. */
    public void cancel() {
        cancelled = true;
    }

    /** Cancels and frees the laid-out text (a temporary file is deleted). The body itself is not released. */
    @Override
    public synchronized void close() {
        cancel();
        closed = true;
        if (view != null) {
            view.bytes().close();
        }
    }

    // Called by DocumentFormatter, on the processing thread.

    ResponseBody body() {
        return body;
    }

    boolean isCancelled() {
        return cancelled;
    }

    void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("document processing cancelled");
        }
    }

    void settle(DocumentLayout finalLayout, String why) {
        layout = finalLayout;
        if (why != null) {
            notice = why;
        }
    }

    /** Makes lines readable from {@code newView}; a document closed meanwhile frees it at once. */
    synchronized void show(View newView) {
        view = newView;
        if (closed) {
            newView.bytes().close();
        }
    }

    /** Notes progress; reports it at most every 100 ms and completes the first screen when it is there. */
    void advanced(double done) {
        checkCancelled();
        fraction = done;
        long lines = lineCount();
        if (!firstScreen.isDone() && lines >= FIRST_SCREEN_LINES) {
            firstScreen.complete(lines);
        }
        long now = System.nanoTime();
        if (now - lastReport >= 100_000_000L) {
            lastReport = now;
            listener.onProgress(new DocumentProgress(done, lines, false));
        }
    }

    void finished(Throwable failure) {
        if (failure == null) {
            firstScreen.complete(lineCount());
            completion.complete(this);
        } else {
            firstScreen.completeExceptionally(failure);
            completion.completeExceptionally(failure);
        }
        listener.onProgress(progress());
    }

    private static DocumentLayout initialLayout(BodyKind kind) {
        return switch (kind) {
            case JSON -> DocumentLayout.PRETTY_JSON;
            case XML, HTML -> DocumentLayout.INDENTED_MARKUP;
            case TEXT -> DocumentLayout.AS_RECEIVED;
            default -> DocumentLayout.NONE;
        };
    }
}
