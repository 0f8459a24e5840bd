package dev.courier.ui.response;

import dev.courier.core.Units;
import dev.courier.core.body.BodyKind;
import dev.courier.core.body.BodySniffer;
import dev.courier.core.body.BodyType;
import dev.courier.core.body.HexDump;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The body of the response shown: what it is, its formatted and raw documents (opened off the UI thread), a hex
 * dump for binary data, the JSONPath filter, and {@link BodyActionsViewModel the actions on it}. Changed on the UI
 * thread; replaced bodies' documents are closed, the body itself belongs to the exchange.
 */
public final class ResponseBodyViewModel {

    /** How the body is shown. */
    public enum Face { NONE, LOADING, TEXT, IMAGE, BINARY, EMPTY }

    /** Images larger than this are shown as binary: decoding them would take too much memory. */
    static final long MAX_IMAGE_BYTES = 64L << 20;

    private final ReadOnlyObjectWrapper<Face> face = new ReadOnlyObjectWrapper<>(this, "face", Face.NONE);
    private final ReadOnlyObjectWrapper<BodyType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyObjectWrapper<DocumentViewModel> pretty = new ReadOnlyObjectWrapper<>(this, "pretty");
    private final ReadOnlyObjectWrapper<DocumentViewModel> raw = new ReadOnlyObjectWrapper<>(this, "raw");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final JsonPathViewModel jsonPath;
    private final BodyActionsViewModel actions;
    private final Executor work;
    private final Executor ui;
    private Exchange exchange;
    private boolean rawRequested;
    private long generation;

    public ResponseBodyViewModel(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
        this.jsonPath = new JsonPathViewModel(work, ui);
        this.actions = new BodyActionsViewModel(this, work, ui);
    }

    /** Shows the body of {@code shown}: sniffs and opens it off the UI thread. */
    public void show(Exchange shown) {
        clear();
        long run = generation;
        exchange = shown;
        face.set(Face.LOADING);
        ResponseBody body = shown.body();
        CompletableFuture.supplyAsync(() -> sniff(body, shown.header("Content-Type")), work)
                .thenAccept(sniffed -> ui.execute(() -> {
                    if (run == generation) {
                        opened(run, shown, sniffed);
                    }
                }))
                .exceptionally(error -> {
                    ui.execute(() -> failed(run, error));
                    return null;
                });
    }

    /** Closes the documents of the body shown; nothing is shown afterwards. */
    public void clear() {
        generation++;
        exchange = null;
        rawRequested = false;
        jsonPath.detach();
        closeDocuments();
        type.set(null);
        summary.set("");
        actions.clear();
        face.set(Face.NONE);
    }

    /** Opens the Raw view's document, the first time it is shown. */
    public void loadRaw() {
        if (rawRequested || exchange == null || type.get() == null) {
            return;
        }
        rawRequested = true;
        long run = generation;
        if (face.get() == Face.IMAGE || face.get() == Face.BINARY) {
            open(run, hexDump(exchange.body()), raw, "text/plain");
        } else if (face.get() == Face.TEXT) {
            DocumentViewModel.open(exchange.body(), exchange.header("Content-Type"), true, work, ui)
                    .thenAccept(document -> ui.execute(() -> publish(run, raw, document)));
        }
    }

    /** The body shown, for the image preview; null when none. */
    public ResponseBody body() {
        return exchange == null ? null : exchange.body();
    }

    public ReadOnlyObjectProperty<Face> faceProperty() {
        return face.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BodyType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    /** The formatted body (a hex dump for binary data); null until opened. */
    public ReadOnlyObjectProperty<DocumentViewModel> prettyProperty() {
        return pretty.getReadOnlyProperty();
    }

    /** The body as received; null until {@link #loadRaw()} has opened it. */
    public ReadOnlyObjectProperty<DocumentViewModel> rawProperty() {
        return raw.getReadOnlyProperty();
    }

    /** What an image, binary or empty body is: "PNG image · 12 KB", "No body: 204 No Content". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Copy, save, open elsewhere. */
    public BodyActionsViewModel actions() {
        return actions;
    }

    public JsonPathViewModel jsonPath() {
        return jsonPath;
    }

    private static BodyType sniff(ResponseBody body, Optional<String> contentType) {
        try {
            return BodySniffer.sniff(contentType, body.prefix(BodySniffer.SNIFF_BYTES), body.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void opened(long run, Exchange shown, BodyType sniffed) {
        type.set(sniffed);
        ResponseBody body = shown.body();
        boolean image = sniffed.kind() == BodyKind.IMAGE && body.size() <= MAX_IMAGE_BYTES;
        if (sniffed.kind() == BodyKind.EMPTY) {
            summary.set(BodyText.emptyReason(shown));
            face.set(Face.EMPTY);
        } else if (image) {
            summary.set(sniffed.image().orElseThrow().name() + " image · " + Units.bytes(body.size()));
            face.set(Face.IMAGE);
        } else if (!sniffed.kind().isText()) {
            summary.set(BodyText.binarySummary(sniffed, body.size()));
            face.set(Face.BINARY);
            open(run, hexDump(body), pretty, "text/plain");
        } else {
            if (sniffed.kind() == BodyKind.JSON) {
                jsonPath.attach(body, sniffed.charset());
            }
            face.set(Face.TEXT);
            DocumentViewModel.open(body, shown.header("Content-Type"), false, work, ui)
                    .thenAccept(document -> ui.execute(() -> publish(run, pretty, document)));
        }
    }

    private CompletableFuture<String> hexDump(ResponseBody body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return String.join("\n", HexDump.of(body, HexDump.DEFAULT_BYTES).lines());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, work);
    }

    private void open(long run, CompletableFuture<String> text, ReadOnlyObjectWrapper<DocumentViewModel> into,
                      String contentType) {
        text.thenCompose(t -> DocumentViewModel.ofText(t, contentType, work, ui))
                .thenAccept(document -> ui.execute(() -> publish(run, into, document)));
    }

    private void publish(long run, ReadOnlyObjectWrapper<DocumentViewModel> into, DocumentViewModel document) {
        if (run != generation) {
            document.close(); // a newer response replaced this one while it opened
            return;
        }
        into.set(document);
    }

    private void failed(long run, Throwable error) {
        if (run == generation) {
            summary.set("Could not read the body: " + BodyText.cause(error));
            face.set(Face.EMPTY);
        }
    }

    private void closeDocuments() {
        for (ReadOnlyObjectWrapper<DocumentViewModel> document : List.of(pretty, raw)) {
            if (document.get() != null) {
                document.get().close();
                document.set(null);
            }
        }
    }
}
