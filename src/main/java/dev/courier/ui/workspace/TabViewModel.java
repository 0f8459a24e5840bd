package dev.courier.ui.workspace;

import dev.courier.core.model.Exchange;
import dev.courier.io.drafts.RequestRef;
import dev.courier.io.drafts.ResponseSnapshot;
import dev.courier.ui.RequestViewModel;
import dev.courier.ui.ResponseViewModel;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open tab: a request form with its own last response, where it is saved (if anywhere), and whether it
 * differs from what is saved. Dirty means the form's snapshot differs from the one taken when it was loaded or
 * last saved; a tab restored as dirty stays dirty until it is saved.
 */
public final class TabViewModel {

    private static final int TITLE_LENGTH = 32;

    private final String id;
    private final RequestViewModel request;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<RequestRef> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<ResponseSnapshot> lastResponse =
            new ReadOnlyObjectWrapper<>(this, "lastResponse");
    private RequestViewModel.FormState saved;

    TabViewModel(String id, RequestViewModel request, Executor background, Executor ui) {
        this.id = id;
        this.request = request;
        this.background = background;
        this.ui = ui;
        saved = request.snapshot();
        request.revisionProperty().addListener(obs -> updateDirty());
        request.urlProperty().addListener(obs -> updateTitle());
        name.addListener(obs -> updateTitle());
        ResponseViewModel response = request.response();
        response.exchangeProperty().addListener((obs, old, now) -> keepSnapshotOf(now));
        response.displayProperty().addListener((obs, old, now) -> {
            if (now == ResponseViewModel.Display.ERROR) {
                lastResponse.set(ShownResponses.failure(response.errorProperty().get(),
                        request.elapsedMillisProperty().get()));
            } else if (now == ResponseViewModel.Display.CANCELLED) {
                lastResponse.set(null);
            }
        });
        updateTitle();
    }

    public String id() {
        return id;
    }

    public RequestViewModel request() {
        return request;
    }

    /** The form now equals what is saved (after loading a saved request, or after Save). */
    public void markSaved() {
        markSaved(request.snapshot());
    }

    /** {@code state}, taken when a save began, is what is saved now; edits typed since stay unsaved. */
    public void markSaved(RequestViewModel.FormState state) {
        saved = state;
        updateDirty();
    }

    /** The tab now edits the request saved at {@code where} under {@code savedName}, as the form holds it now. */
    public void markSaved(RequestRef where, String savedName) {
        origin.set(where);
        name.set(savedName);
        markSaved();
    }

    /** The form differs from what is saved, whatever it holds, until the next save (a restored unsaved draft). */
    void markUnsaved() {
        saved = null;
        updateDirty();
    }

    /** The saved request was renamed in its collection. */
    public void rename(String savedName) {
        name.set(savedName);
    }

    /** The saved request no longer exists: the tab becomes a new, unsaved request with the same content. */
    public void forgetOrigin() {
        origin.set(null);
        name.set("");
        markUnsaved();
    }

    /** The collection file was saved under another name; the tab's request lives there now. */
    public void relocate(RequestRef where) {
        origin.set(where);
    }

    void restoreOrigin(RequestRef where, String savedName) {
        origin.set(where);
        name.set(savedName);
    }

    /** Shows a response that this tab did not just receive (restored or from the history) and keeps it. */
    void showResponse(ResponseSnapshot snapshot) {
        if (snapshot.status() == 0) {
            request.showFailure(snapshot.failure());
            lastResponse.set(snapshot);
        } else {
            request.showExchange(ShownResponses.exchange(snapshot, request.toSpec()));
        }
    }

    private void keepSnapshotOf(Exchange exchange) {
        if (exchange == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(ShownResponses.snapshot(exchange));
            } catch (IOException | RuntimeException e) {
                return Optional.<ResponseSnapshot>empty(); // released already: a newer response replaced it
            }
        }, background).thenAcceptAsync(snapshot -> {
            if (request.response().exchangeProperty().get() == exchange) {
                snapshot.ifPresent(lastResponse::set);
            }
        }, ui);
    }

    private void updateDirty() {
        dirty.set(saved == null || !saved.equals(request.snapshot()));
    }

    private void updateTitle() {
        if (!name.get().isEmpty()) {
            title.set(name.get());
            return;
        }
        String url = request.urlProperty().get() == null ? "" : request.urlProperty().get().strip();
        String shown = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        title.set(shown.isEmpty() ? "New request"
                : shown.length() <= TITLE_LENGTH ? shown : shown.substring(0, TITLE_LENGTH - 1) + "…");
    }

    public Optional<RequestRef> origin() {
        return Optional.ofNullable(origin.get());
    }

    public ReadOnlyObjectProperty<RequestRef> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The saved request's name, empty for a request saved nowhere. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** What the tab shows: the saved name, else the URL, else "New request". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The last response as the journal keeps it; null before the first. */
    public ReadOnlyObjectProperty<ResponseSnapshot> lastResponseProperty() {
        return lastResponse.getReadOnlyProperty();
    }
}
