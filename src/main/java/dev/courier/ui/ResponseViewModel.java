package dev.courier.ui;

import dev.courier.core.Units;
import dev.courier.core.body.BodyPreview;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the response pane shows: nothing yet, a response, or why there is none. Changed on the UI thread only. */
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
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyObjectWrapper<BodyPreview.Kind> bodyKind =
            new ReadOnlyObjectWrapper<>(this, "bodyKind", BodyPreview.Kind.EMPTY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<Header> headers = FXCollections.observableArrayList();
    private final ObservableList<Header> readOnlyHeaders = FXCollections.unmodifiableObservableList(headers);
    private final ReadOnlyObjectWrapper<Exchange> exchange = new ReadOnlyObjectWrapper<>(this, "exchange");

    void showSending() {
        display.set(Display.SENDING);
    }

    void show(Exchange result, BodyPreview preview) {
        releaseShownBody(result);
        exchange.set(result);
        status.set(result.status() + (result.reason().isEmpty() ? "" : " " + result.reason()));
        statusClass.set(classify(result.status()));
        time.set(Units.duration(result.total()));
        size.set(Units.bytes(result.body().size()));
        headers.setAll(result.headers());
        body.set(preview.text());
        bodyKind.set(preview.kind());
        notice.set(Stream.concat(result.notes().stream(), preview.notice().stream())
                .collect(Collectors.joining(". ")));
        error.set("");
        display.set(Display.RESPONSE);
    }

    void showError(String message) {
        clearResponse();
        error.set(message);
        display.set(Display.ERROR);
    }

    void showCancelled() {
        clearResponse();
        error.set("");
        display.set(Display.CANCELLED);
    }

    /** The body shown so far may be a temporary file: delete it once another response replaces it. */
    private void releaseShownBody(Exchange next) {
        Exchange shown = exchange.get();
        if (shown != null && shown != next) {
            shown.body().close();
        }
    }

    private void clearResponse() {
        releaseShownBody(null);
        exchange.set(null);
        status.set("");
        statusClass.set(StatusClass.NONE);
        time.set("");
        size.set("");
        headers.clear();
        body.set("");
        bodyKind.set(BodyPreview.Kind.EMPTY);
        notice.set("");
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

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BodyPreview.Kind> bodyKindProperty() {
        return bodyKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<Header> headers() {
        return readOnlyHeaders;
    }

    public ReadOnlyObjectProperty<Exchange> exchangeProperty() {
        return exchange.getReadOnlyProperty();
    }
}
