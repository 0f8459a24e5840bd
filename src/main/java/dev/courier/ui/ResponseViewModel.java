package dev.courier.ui;

import dev.courier.core.Units;
import dev.courier.core.http.DownloadProgress;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.ui.response.BodyWorkers;
import dev.courier.ui.response.CookieRow;
import dev.courier.ui.response.ExchangeText;
import dev.courier.ui.response.HopRow;
import dev.courier.ui.response.RequestAsSentViewModel;
import dev.courier.ui.response.ResponseBodyViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the response pane shows: nothing yet, a request on its way (elapsed time, download progress), a response
 * (status line, body, headers, cookies, the request as sent, the redirect timeline), or why there is none. Changed
 * on the UI thread only. Self-contained: whoever sends requests calls {@link #showSending()}, {@link #showDownload},
 * {@link #show}, {@link #showError} or {@link #showCancelled}, and hears the pane's Cancel through {@link #onCancel}.
 */
public final class ResponseViewModel {

    /** Which of its faces the response pane shows. */
    public enum Display { EMPTY, SENDING, RESPONSE, ERROR, CANCELLED }

    /** Status codes grouped as the pane colours them. */
    public enum StatusClass { NONE, INFORMATIONAL, SUCCESS, REDIRECT, CLIENT_ERROR, SERVER_ERROR }

    private final ReadOnlyObjectWrapper<Display> display = new ReadOnlyObjectWrapper<>(this, "display", Display.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<StatusClass> statusClass =
            new ReadOnlyObjectWrapper<>(this, "statusClass", StatusClass.NONE);
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyStringWrapper firstByte = new ReadOnlyStringWrapper(this, "firstByte", "");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper download = new ReadOnlyStringWrapper(this, "download", "");
    private final ReadOnlyDoubleWrapper downloadFraction = new ReadOnlyDoubleWrapper(this, "downloadFraction", -1);
    private final ObservableList<Header> headers = FXCollections.observableArrayList();
    private final ObservableList<Header> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<CookieRow> cookies = FXCollections.observableArrayList();
    private final ObservableList<CookieRow> cookiesView = FXCollections.unmodifiableObservableList(cookies);
    private final ObservableList<HopRow> hops = FXCollections.observableArrayList();
    private final ObservableList<HopRow> hopsView = FXCollections.unmodifiableObservableList(hops);
    private final RequestAsSentViewModel request = new RequestAsSentViewModel();
    private final ReadOnlyObjectWrapper<Exchange> exchange = new ReadOnlyObjectWrapper<>(this, "exchange");
    private final ResponseBodyViewModel body;
    private final Executor work;
    private Runnable cancelAction = () -> { };

    /** A response view model whose bodies are processed on {@link BodyWorkers#shared()}. */
    public ResponseViewModel(Executor ui) {
        this(BodyWorkers.shared(), ui);
    }

    /**
     * @param work reads, formats and searches bodies (long tasks; never the UI thread)
     * @param ui   runs a task on the UI thread
     */
    public ResponseViewModel(Executor work, Executor ui) {
        this.work = work;
        body = new ResponseBodyViewModel(work, ui);
    }

    /** A request is on its way: the previous response goes. */
    public void showSending() {
        clearResponse();
        elapsed.set("");
        download.set("");
        downloadFraction.set(-1);
        display.set(Display.SENDING);
    }

    /** Time since the request was sent, while it is on its way. */
    public void showElapsed(long millis) {
        elapsed.set(Units.duration(Duration.ofMillis(millis)));
    }

    /** How far the body download has come (bytes, rate), while it is on its way. */
    public void showDownload(DownloadProgress progress) {
        if (display.get() == Display.SENDING) {
            download.set(ExchangeText.download(progress));
            downloadFraction.set(progress.fraction().orElse(-1));
        }
    }

    public void show(Exchange result) {
        releaseShownBody(result);
        download.set("");
        exchange.set(result);
        status.set(ExchangeText.status(result));
        statusClass.set(classify(result.status()));
        time.set(Units.duration(result.total()));
        firstByte.set(ExchangeText.firstByte(result));
        size.set(ExchangeText.size(result));
        version.set(result.httpVersion());
        headers.setAll(result.headers());
        cookies.setAll(CookieRow.of(result.hops(), Instant.now()));
        hops.setAll(result.redirectCount() > 0 ? HopRow.of(result.hops()) : List.of());
        request.show(result);
        notice.set(String.join(". ", result.notes()));
        error.set("");
        body.show(result);
        display.set(Display.RESPONSE);
    }

    public void showError(String message) {
        clearResponse();
        error.set(message);
        display.set(Display.ERROR);
    }

    public void showCancelled() {
        clearResponse();
        error.set("");
        display.set(Display.CANCELLED);
    }

    /** Who stops the request in flight when the pane's Cancel is pressed. */
    public void onCancel(Runnable action) {
        cancelAction = action;
    }

    /** Cancels the request in flight (the download of a large body included). */
    public void cancel() {
        cancelAction.run();
    }

    /** Where bodies are read, formatted and searched; views reading the same documents use it too. */
    public Executor work() {
        return work;
    }

    /** The body shown and what can be done with it. */
    public ResponseBodyViewModel body() {
        return body;
    }

    /** The body shown may be a temporary file: delete it once another response replaces it. */
    private void releaseShownBody(Exchange next) {
        Exchange shown = exchange.get();
        body.clear(); // its documents read the body: close them first
        if (shown != null && shown != next) {
            shown.body().close();
        }
    }

    private void clearResponse() {
        releaseShownBody(null);
        exchange.set(null);
        for (ReadOnlyStringWrapper text : List.of(status, time, firstByte, size, version, notice)) {
            text.set("");
        }
        statusClass.set(StatusClass.NONE);
        headers.clear();
        cookies.clear();
        hops.clear();
        request.clear();
    }

    static StatusClass classify(int status) {
        return switch (status / 100) {
            case 1 -> StatusClass.INFORMATIONAL;
            case 2 -> StatusClass.SUCCESS;
            case 3 -> StatusClass.REDIRECT;
            case 4 -> StatusClass.CLIENT_ERROR;
            case 5 -> StatusClass.SERVER_ERROR;
            default -> StatusClass.NONE;
        };
    }

    public ReadOnlyObjectProperty<Display> displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusClass> statusClassProperty() {
        return statusClass.getReadOnlyProperty();
    }

    /** Total time: "123 ms". */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** "first byte 40 ms". */
    public ReadOnlyStringProperty firstByteProperty() {
        return firstByte.getReadOnlyProperty();
    }

    /** Body size, and bytes on the wire when it came compressed. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** "HTTP/1.1", "HTTP/2". */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The engine's remarks: an incomplete body, an undecodable encoding, a redirect not followed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Time since sending, while sending. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** "Receiving 12.3 MB of 100 MB · 45.2 MB/s" while the body arrives; "" before. */
    public ReadOnlyStringProperty downloadProperty() {
        return download.getReadOnlyProperty();
    }

    /** 0 to 1 when the body's length is known, -1 otherwise. */
    public ReadOnlyDoubleProperty downloadFractionProperty() {
        return downloadFraction.getReadOnlyProperty();
    }

    public ObservableList<Header> headers() {
        return headersView;
    }

    /** The cookies the response (and its redirects) set. */
    public ObservableList<CookieRow> cookies() {
        return cookiesView;
    }

    /** Every request of the redirect chain; empty when no redirect was followed. */
    public ObservableList<HopRow> hops() {
        return hopsView;
    }

    /** The request as it went out, for the Request tab. */
    public RequestAsSentViewModel request() {
        return request;
    }

    public ReadOnlyObjectProperty<Exchange> exchangeProperty() {
        return exchange.getReadOnlyProperty();
    }
}
