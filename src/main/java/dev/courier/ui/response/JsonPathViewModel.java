package dev.courier.ui.response;

import dev.courier.core.body.JsonPathFilter;
import dev.courier.core.body.JsonPathResult;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The JSONPath filter of a JSON body: applies the expression off the UI thread and offers the selected JSON as a
 * document of its own, or a sentence saying why there is none. An empty expression shows the whole body again.
 */
public final class JsonPathViewModel {

    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final ReadOnlyObjectWrapper<DocumentViewModel> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final Executor work;
    private final Executor ui;
    private ResponseBody body;
    private Charset charset;
    private long generation;

    public JsonPathViewModel(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /** Filters {@code json} from now on (null: no JSON body); the expression is kept and applied again. */
    void attach(ResponseBody json, Charset decodeWith) {
        body = json;
        charset = decodeWith;
        apply();
    }

    /**
     * Applies the expression as it is now; the returned future completes once the outcome is shown. Results of an
     * older expression that arrive late are dropped.
     */
    public CompletableFuture<Void> apply() {
        long run = ++generation;
        String wanted = expression.get().strip();
        if (wanted.isEmpty() || body == null) {
            show(null, "", false);
            return CompletableFuture.completedFuture(null);
        }
        ResponseBody filtered = body;
        Charset decode = charset;
        message.set("Filtering…");
        refused.set(false);
        return CompletableFuture.supplyAsync(() -> filter(filtered, decode, wanted), work)
                .thenCompose(outcome -> outcome instanceof JsonPathResult.Matched matched
                        ? DocumentViewModel.ofText(matched.json(), "application/json", work, ui)
                                .thenApply(document -> new Shown(document, matches(matched.matches()), false))
                        : CompletableFuture.completedFuture(new Shown(null,
                                ((JsonPathResult.Refused) outcome).message(), true)))
                .thenAccept(shown -> ui.execute(() -> {
                    if (run == generation) {
                        show(shown.document(), shown.message(), shown.refused());
                    } else if (shown.document() != null) {
                        shown.document().close();
                    }
                }));
    }

    /** Closes the filtered document; the body is the owner's. */
    void detach() {
        generation++;
        body = null;
        show(null, "", false);
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    /** The filtered JSON as a document, or null when no filter applies. */
    public ReadOnlyObjectProperty<DocumentViewModel> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "3 matches", or why nothing is selected. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message says why nothing could be selected. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    private record Shown(DocumentViewModel document, String message, boolean refused) {
    }

    private void show(DocumentViewModel document, String text, boolean failed) {
        DocumentViewModel old = result.get();
        result.set(document);
        if (old != null && old != document) {
            old.close();
        }
        message.set(text);
        refused.set(failed);
    }

    private static JsonPathResult filter(ResponseBody body, Charset charset, String expression) {
        try {
            return JsonPathFilter.apply(body, charset, expression);
        } catch (IOException e) {
            return new JsonPathResult.Refused(JsonPathResult.Reason.NOT_JSON, "Could not read the body: "
                    + e.getMessage());
        }
    }

    private static String matches(int count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "match" : "matches");
    }
}
