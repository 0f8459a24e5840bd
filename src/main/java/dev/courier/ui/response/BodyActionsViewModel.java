package dev.courier.ui.response;

import dev.courier.core.Units;
import dev.courier.core.body.BodyKind;
import dev.courier.core.body.BodyType;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What can be done with the body shown: copy it (as received, or formatted), save it (streamed), open it in
 * another application. The work runs off the UI thread; {@link #messageProperty()} says how it went. The clipboard
 * is the view's: it is handed in as a consumer.
 */
public final class BodyActionsViewModel {

    private final ResponseBodyViewModel body;
    private final Executor work;
    private final Executor ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private ExternalOpener opener = ExternalOpener.desktop();

    BodyActionsViewModel(ResponseBodyViewModel body, Executor work, Executor ui) {
        this.body = body;
        this.work = work;
        this.ui = ui;
    }

    /** Puts the body, decoded as received, on the clipboard through {@code clipboard}. */
    public void copyBody(Consumer<String> clipboard) {
        ResponseBody shown = body.body();
        BodyType type = body.typeProperty().get();
        if (shown == null || type == null) {
            return;
        }
        if (!type.kind().isText()) {
            message.set((type.kind() == BodyKind.IMAGE ? "The body is an image" : "The body is binary data")
                    + ", not text: save it or open it instead");
            return;
        }
        deliver(CompletableFuture.supplyAsync(() -> BodyText.decoded(shown, type, DocumentViewModel.MAX_COPY_CHARS),
                work), clipboard, "Copied the body");
    }

    /** Puts the formatted body (or the JSONPath selection) on the clipboard, once it is laid out. */
    public void copyFormatted(Consumer<String> clipboard) {
        DocumentViewModel filtered = body.jsonPath().resultProperty().get();
        DocumentViewModel shown = filtered != null ? filtered : body.prettyProperty().get();
        if (shown != null) {
            deliver(shown.wholeText(), clipboard, "Copied the formatted body");
        }
    }

    /** Streams the body into {@code target} off the UI thread. */
    public CompletableFuture<Void> save(Path target) {
        ResponseBody shown = body.body();
        if (shown == null) {
            return CompletableFuture.completedFuture(null);
        }
        message.set("Saving…");
        return CompletableFuture.runAsync(() -> {
            try {
                BodyFiles.save(shown, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, work).whenComplete((done, error) -> ui.execute(() -> message.set(error == null
                ? "Saved " + Units.bytes(shown.size()) + " to " + target
                : "Could not save: " + BodyText.cause(error))));
    }

    /** Writes the body to a temporary file and opens it with the desktop's application for its type. */
    public CompletableFuture<Path> openExternally() {
        ResponseBody shown = body.body();
        BodyType type = body.typeProperty().get();
        if (shown == null || type == null) {
            return CompletableFuture.completedFuture(null);
        }
        ExternalOpener using = opener;
        return CompletableFuture.supplyAsync(() -> {
            try {
                Path file = BodyFiles.temporaryCopy(shown, type);
                using.open(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, work).whenComplete((file, error) -> ui.execute(() -> message.set(error == null ? "Opened " + file
                : "Could not open the body: " + BodyText.cause(error))));
    }

    /** Replaces how bodies are opened elsewhere (tests record instead of starting an application). */
    public void setOpener(ExternalOpener newOpener) {
        opener = newOpener;
    }

    /** "response.json": what a save dialog proposes. */
    public String suggestedFileName() {
        BodyType type = body.typeProperty().get();
        return type == null ? "response.txt" : BodyFiles.suggestedName(type);
    }

    /** What the last action did: "Copied the body", "Saved 1.2 MB to …", or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void clear() {
        message.set("");
    }

    private void deliver(CompletableFuture<String> text, Consumer<String> clipboard, String done) {
        text.whenComplete((copied, error) -> ui.execute(() -> {
            if (error == null) {
                // The message first: whoever sees the clipboard filled finds the message that goes with it.
                message.set(String.format(Locale.ROOT, "%s (%,d characters)", done, copied.length()));
                clipboard.accept(copied);
            } else {
                message.set(BodyText.cause(error));
            }
        }));
    }
}
