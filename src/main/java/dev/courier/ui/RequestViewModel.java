package dev.courier.ui;

import dev.courier.core.http.DownloadListener;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.InsecureCredentials;
import dev.courier.core.http.SendOptions;
import dev.courier.core.http.TransportFailure;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import dev.courier.core.vars.VariableContext;
import dev.courier.core.vars.VariableResolver;
import dev.courier.ui.auth.AuthViewModel;
import dev.courier.ui.body.BodyType;
import dev.courier.ui.body.BodyViewModel;
import dev.courier.ui.params.ParamsViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The request controller: holds the form, freezes it into a {@link RequestSpec}, runs it through the
 * {@link HttpEngine} off the UI thread and publishes the outcome through the UI executor. A new send cancels the
 * one in flight; results of superseded sends are dropped.
 */
public final class RequestViewModel {

    /** Where the request is in its life. */
    public enum State { IDLE, SENDING, DONE, FAILED, CANCELLED }

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    public static final String EXAMPLE_BODY = """
            {
              "name": "Emma",
              "age": 28,
              "city": "Boston"
            }""";
    private static final long TICK_MILLIS = 100;
    private static final System.Logger LOG = System.getLogger(RequestViewModel.class.getName());

    private final HttpEngine engine;
    private final ScheduledExecutorService background;
    private final Executor ui;

    private final StringProperty method = new SimpleStringProperty(this, "method", "POST");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObservableList<KeyValueRow> headers = FXCollections.observableArrayList(KeyValueRow::observables);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyLongWrapper elapsedMillis = new ReadOnlyLongWrapper(this, "elapsedMillis");
    private final ReadOnlyStringWrapper securityWarning = new ReadOnlyStringWrapper(this, "securityWarning", "");
    private final ResponseViewModel response;
    private final BodyViewModel body;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<RequestSettings> settings =
            new SimpleObjectProperty<>(this, "settings", RequestSettings.DEFAULTS);
    private final ParamsViewModel params = new ParamsViewModel(url);
    private final AuthViewModel auth = new AuthViewModel();
    private final ObjectProperty<VariableResolver> variables =
            new SimpleObjectProperty<>(this, "variables", VariableContext.of(null, null, List.of()).forCollection());
    private boolean loading;
    private volatile UnaryOperator<RequestSpec> preparation = UnaryOperator.identity();
    private volatile Consumer<SendOutcome> sendListener = outcome -> { };

    private long generation;
    private CompletableFuture<Exchange> inFlight;
    private Future<?> ticker;

    /**
     * @param engine     sends requests
     * @param background runs formatting and the elapsed-time ticker, never on the UI thread
     * @param ui         runs a task on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     */
    public RequestViewModel(HttpEngine engine, ScheduledExecutorService background, Executor ui) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.response = new ResponseViewModel(ui);
        response.onCancel(this::cancel);
        this.body = new BodyViewModel(EXAMPLE_BODY, background, ui);
        body.typeProperty().addListener((obs, old, now) -> applyContentType(old, now));
        headers.setAll(
                KeyValueRow.of(Header.of("Accept", "application/json")),
                KeyValueRow.of(Header.of("Content-Type", "application/json")));
        url.addListener((obs, old, now) -> updateSecurityWarning());
        headers.addListener((ListChangeListener<KeyValueRow>) change -> updateSecurityWarning());
        InvalidationListener changed = obs -> revision.set(revision.get() + 1);
        method.addListener(changed);
        url.addListener(changed);
        headers.addListener(changed);
        settings.addListener(changed);
        for (Observable o : body.observables()) {
            o.addListener(changed);
        }
        for (Observable o : params.observables()) {
            o.addListener(changed);
        }
        for (Observable o : auth.observables()) {
            o.addListener(changed);
            o.addListener(obs -> updateSecurityWarning());
        }
    }

    /** What the form holds, every body type included: enough to put it back exactly. */
    public record FormState(String method, String url, List<QueryParam> params, List<PathVariable> pathVariables,
                            List<Header> headers, Auth auth, boolean inheritAuth, BodyViewModel.State body,
                            RequestSettings settings) {
    }

    public FormState snapshot() {
        return new FormState(method.get(), url.get(), params.queryParams(), params.pathVariableValues(),
                headers.stream().map(KeyValueRow::toHeader).toList(), auth.toAuth(), auth.inheritsAuth(),
                body.snapshot(), settings.get());
    }

    public void restore(FormState state) {
        loading = true;
        try {
            method.set(state.method());
            url.set(state.url());
            headers.setAll(state.headers().stream().map(KeyValueRow::of).toList());
            auth.load(state.auth(), state.inheritAuth());
            body.restore(state.body());
            params.load(state.params(), state.pathVariables());
            settings.set(state.settings());
        } finally {
            loading = false;
        }
    }

    /** Replaces the form with {@code spec}, e.g. an imported curl command; its auth goes to the Auth tab. */
    public void load(RequestSpec spec) {
        restore(new FormState(spec.method(), spec.url(), spec.queryParams(), spec.pathVariables(), spec.headers(),
                spec.auth(), false, BodyViewModel.State.of(spec.body()), spec.settings()));
    }

    /** Like {@link #load(RequestSpec)}, then puts back the body editor's state of every type (a restored draft). */
    public void load(RequestSpec spec, BodyViewModel.State bodyState) {
        load(spec);
        loading = true;
        try {
            body.restore(bodyState);
        } finally {
            loading = false;
        }
    }

    /** Turns the form's request into the one sent, e.g. with a collection's base URL, defaults and variables. */
    public void setPreparation(UnaryOperator<RequestSpec> prepare) {
        this.preparation = prepare;
    }

    /** Told about every send that ended with an exchange or a failure (not a cancelled one), off the UI thread. */
    public void setSendListener(Consumer<SendOutcome> listener) {
        this.sendListener = listener;
    }

    /** The form as an immutable request. */
    public RequestSpec toSpec() {
        List<Header> list = headers.stream().map(KeyValueRow::toHeader).toList();
        return RequestSpec.of(method.get() == null ? "" : method.get().strip(), url.get(), list, body.toBody())
                .withQueryParams(params.queryParams()).withPathVariables(params.pathVariableValues())
                .withAuth(auth.toAuth()).withSettings(settings.get());
    }

    /**
     * Sends the form as it is now, cancelling a send in flight. The returned future completes once the outcome has
     * been handed to the UI executor.
     */
    public CompletableFuture<Void> send() {
        long sendGeneration = ++generation; // first, so the outcome of the send being replaced is dropped
        cancelInFlight();
        RequestSpec spec = preparation.apply(toSpec());
        Instant sentAt = Instant.now();
        long started = System.nanoTime();
        elapsedMillis.set(0);
        state.set(State.SENDING);
        response.showSending();
        ticker = background.scheduleAtFixedRate(() -> ui.execute(() -> {
            if (sendGeneration == generation && state.get() == State.SENDING) {
                elapsedMillis.set(Duration.ofNanos(System.nanoTime() - started).toMillis());
                response.showElapsed(elapsedMillis.get());
            }
        }), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        DownloadListener progress = DownloadListener.via(ui, p -> {
            if (sendGeneration == generation) {
                response.showDownload(p);
            }
        });
        CompletableFuture<Exchange> exchange = sendOffThread(spec, SendOptions.DEFAULTS.withListener(progress));
        inFlight = exchange;
        return exchange.handle((result, error) -> {
            report(sentAt, spec, Duration.ofNanos(System.nanoTime() - started), result, error);
            ui.execute(() -> publish(sendGeneration, result, error));
            return null;
        });
    }

    /**
     * Hands the request to the engine on the background executor: the engine builds its HTTP client and TLS context
     * before it returns (the first request of a process spends 100 ms or more there). Cancelling the returned
     * future cancels the exchange.
     */
    private CompletableFuture<Exchange> sendOffThread(RequestSpec spec, SendOptions options) {
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        background.execute(() -> {
            if (result.isDone()) {
                return; // cancelled before it started
            }
            CompletableFuture<Exchange> sent;
            try {
                sent = engine.send(spec, options);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            result.whenComplete((done, error) -> sent.cancel(true));
            sent.whenComplete((exchange, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (!result.complete(exchange)) {
                    exchange.body().close(); // cancelled meanwhile: nobody will show it
                }
            });
        });
        return result;
    }

    /**
     * Shows an exchange this form did not just send (a restored tab's or a history entry's response); the response
     * pane reads its body off the UI thread like a sent one's.
     */
    public void showExchange(Exchange shown) {
        ++generation;
        cancelInFlight();
        elapsedMillis.set(shown.total().toMillis());
        response.show(shown);
        state.set(State.DONE);
    }

    /** Shows why a restored tab's last send got no response. */
    public void showFailure(String reason) {
        generation++;
        cancelInFlight();
        response.showError(reason);
        state.set(State.FAILED);
    }

    private void report(Instant sentAt, RequestSpec spec, Duration elapsed, Exchange result, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return; // the user cancelled it, or a newer send replaced it before it was answered
        }
        try {
            sendListener.accept(result != null
                    ? new SendOutcome(sentAt, spec, Optional.of(result), "", result.total())
                    : new SendOutcome(sentAt, spec, Optional.empty(), describe(error), elapsed));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the send listener failed: " + e); // the response is shown anyway
        }
    }

    /** Stops the request in flight, if any; its outcome will not be shown. */
    public void cancel() {
        if (state.get() != State.SENDING) {
            return;
        }
        generation++;
        cancelInFlight();
        state.set(State.CANCELLED);
        response.showCancelled();
    }

    public KeyValueRow addHeader() {
        KeyValueRow row = new KeyValueRow("", "", true);
        headers.add(row);
        return row;
    }

    public void removeHeader(KeyValueRow row) {
        headers.remove(row);
    }

    /**
     * Choosing a body type sets the Content-Type row to what the type sends; the user may edit it afterwards.
     * Choosing "none" switches the row off rather than deleting what may have been typed there.
     */
    private void applyContentType(BodyType old, BodyType now) {
        if (loading) {
            return; // a loaded request brings its own Content-Type
        }
        Optional<KeyValueRow> row = headers.stream()
                .filter(r -> "content-type".equalsIgnoreCase(r.nameProperty().get().strip())).findFirst();
        Optional<String> wanted = now.contentType();
        if (wanted.isEmpty()) {
            row.ifPresent(r -> r.enabledProperty().set(false));
        } else if (row.isPresent()) {
            row.get().valueProperty().set(wanted.get());
            row.get().enabledProperty().set(true);
        } else {
            headers.add(new KeyValueRow("Content-Type", wanted.get(), true));
        }
    }

    private void publish(long sendGeneration, Exchange result, Throwable error) {
        if (sendGeneration != generation) {
            if (result != null) {
                result.body().close(); // superseded or cancelled: nobody will show its body
            }
            return;
        }
        stopTicker();
        if (error == null) {
            elapsedMillis.set(result.total().toMillis());
            response.show(result);
            state.set(State.DONE);
        } else {
            response.showError(describe(error));
            state.set(State.FAILED);
        }
        inFlight = null;
    }

    private void cancelInFlight() {
        stopTicker();
        if (inFlight != null) {
            inFlight.cancel(true);
            inFlight = null;
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TransportFailure failure) {
            return failure.getMessage();
        }
        return "Unexpected error: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private void updateSecurityWarning() {
        List<Header> list = new ArrayList<>(headers.stream().map(KeyValueRow::toHeader).toList());
        auth.derivedHeader().ifPresent(list::add);
        securityWarning.set(InsecureCredentials.warning(url.get(), list).orElse(""));
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObservableList<KeyValueRow> headers() {
        return headers;
    }

    public BodyViewModel body() {
        return body;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty elapsedMillisProperty() {
        return elapsedMillis.getReadOnlyProperty();
    }

    /** Non-empty when the request would leak a bearer token over plain http to another machine. */
    public ReadOnlyStringProperty securityWarningProperty() {
        return securityWarning.getReadOnlyProperty();
    }

    public ResponseViewModel response() {
        return response;
    }

    /** How the request is sent: timeouts, redirects, TLS, proxy… (the Settings tab). */
    public ObjectProperty<RequestSettings> settingsProperty() {
        return settings;
    }

    /** The Auth tab: it owns the Authorization header. */
    /**
     * Where this form's {@code {{variables}}} get their values (its collection, folders, the active environment, the
     * globals): the editors highlight, show and complete names with it. Set by the workspace.
     */
    public ObjectProperty<VariableResolver> variablesProperty() {
        return variables;
    }

    public AuthViewModel auth() {
        return auth;
    }

    /** The query-parameter table and path variables, in step with the URL. */
    public ParamsViewModel params() {
        return params;
    }

    /** Counts every change of the form, for views that follow it (the code pane). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
