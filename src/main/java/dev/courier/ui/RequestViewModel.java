package dev.courier.ui;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.VariableContext;
import dev.courier.core.vars.VariableResolver;
import dev.courier.core.vars.VariableScope;
import dev.courier.ui.auth.AuthViewModel;
import dev.courier.ui.body.BodyType;
import dev.courier.ui.body.BodyViewModel;
import dev.courier.ui.params.ParamsViewModel;
import dev.courier.ui.settings.NetworkViewModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
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

    private final StringProperty method = new SimpleStringProperty(this, "method", "POST");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObservableList<KeyValueRow> headers = FXCollections.observableArrayList(KeyValueRow::observables);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyLongWrapper elapsedMillis = new ReadOnlyLongWrapper(this, "elapsedMillis");
    private final CredentialWarning securityWarning = new CredentialWarning(this::prepareWithoutBody);
    private final ResponseViewModel response;
    private final BodyViewModel body;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<RequestSettings> settings =
            new SimpleObjectProperty<>(this, "settings", RequestSettings.DEFAULTS);
    private final ParamsViewModel params = new ParamsViewModel(url);
    private final AuthViewModel auth = new AuthViewModel();
    private final ObjectProperty<VariableResolver> variables =
            new SimpleObjectProperty<>(this, "variables", VariableContext.of(null, null, List.of()).forCollection());
    private final Sender sender;
    private Supplier<NetworkViewModel.Jar> cookieJar;
    private final ObjectProperty<Auth> inheritedAuth = new SimpleObjectProperty<>(this, "inheritedAuth", Auth.NONE);
    private List<Variable> requestVariables = List.of();
    private boolean loading;
    private Function<RequestSpec, Resolution<RequestSpec>> preparation = spec -> variables.get().resolve(spec);

    /**
     * @param engine     sends requests
     * @param background runs formatting and the elapsed-time ticker, never on the UI thread
     * @param ui         runs a task on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     */
    public RequestViewModel(HttpEngine engine, ScheduledExecutorService background, Executor ui) {
        this.response = new ResponseViewModel(ui);
        this.sender = new Sender(engine, background, ui, response, state, elapsedMillis);
        this.cookieJar = () -> new NetworkViewModel.Jar(engine.cookieJar(), "Cookies");
        response.onCancel(this::cancel);
        this.body = new BodyViewModel(EXAMPLE_BODY, background, ui);
        body.typeProperty().addListener((obs, old, now) -> applyContentType(old, now));
        headers.setAll(
                KeyValueRow.of(Header.of("Accept", "application/json")),
                KeyValueRow.of(Header.of("Content-Type", "application/json")));
        url.addListener((obs, old, now) -> refreshSecurityWarning());
        headers.addListener((ListChangeListener<KeyValueRow>) change -> refreshSecurityWarning());
        variables.addListener((obs, old, now) -> refreshSecurityWarning());
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
            o.addListener(obs -> refreshSecurityWarning());
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
        load(spec, false);
    }

    /** Replaces the form with a saved request, which inherits its folder's auth when it has none and says so. */
    public void load(RequestSpec spec, boolean inheritAuth) {
        requestVariables = spec.variables();
        restore(new FormState(spec.method(), spec.url(), spec.queryParams(), spec.pathVariables(), spec.headers(),
                spec.auth(), inheritAuth, BodyViewModel.State.of(spec.body()), spec.settings()));
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

    /**
     * Turns the form's request into the one sent, e.g. with a collection's base URL, defaults and variables; by
     * default the form's variables are resolved with {@link #variablesProperty()}.
     */
    public void setPreparation(Function<RequestSpec, Resolution<RequestSpec>> prepare) {
        this.preparation = prepare;
    }

    /** Told about every send that ended with an exchange or a failure (not a cancelled one), off the UI thread. */
    public void setSendListener(Consumer<SendOutcome> listener) {
        sender.setListener(listener);
    }

    /** The form as an immutable request. */
    public RequestSpec toSpec() {
        List<Header> list = headers.stream().map(KeyValueRow::toHeader).toList();
        return RequestSpec.of(method.get() == null ? "" : method.get().strip(), url.get(), list, body.toBody())
                .withQueryParams(params.queryParams()).withPathVariables(params.pathVariableValues())
                .withAuth(auth.toAuth()).withSettings(settings.get()).withVariables(requestVariables);
    }

    /** The URL the form would be sent to now (its collection's base URL applied, variables resolved). */
    public String sentUrl() {
        return prepareWithoutBody().value().url();
    }

    /** The form as it would be sent now without its body: cheap enough for every keystroke in the URL or headers. */
    private Resolution<RequestSpec> prepareWithoutBody() {
        return preparation.apply(toSpec().withBody(Body.NONE));
    }

    /** The form as it would be sent now: variables resolved, the names left unresolved, the secret values used. */
    public Resolution<RequestSpec> prepare() {
        return preparation.apply(toSpec());
    }

    /**
     * {@link #prepare()} in two steps: what needs the workspace (defaults, URL, headers, auth) now, on the UI thread;
     * the body, which may be megabytes, when the returned supplier is called off it (it needs only the resolver,
     * which is immutable).
     */
    public Supplier<Resolution<RequestSpec>> prepareLater() {
        RequestSpec form = toSpec();
        Resolution<RequestSpec> head = preparation.apply(form.withBody(Body.NONE)); // the form as taken above
        // The form's own variables as Send sees them (the workspace's resolver is built without them).
        VariableResolver resolver = form.variables().isEmpty() ? variables.get()
                : variables.get().withInnermost(VariableScope.request(form.variables()));
        return () -> {
            Resolution<RequestSpec> body = resolver.resolve(RequestSpec.of("GET", "", List.of(), form.body()));
            return head.with(body, head.value().withBody(body.value().body()));
        };
    }

    /**
     * Sends the form as it is now, cancelling a send in flight. The returned future completes once the outcome has
     * been handed to the UI executor.
     */
    public CompletableFuture<Void> send() {
        return send(prepare());
    }

    /** Sends a request {@link #prepare() prepared} from this form (the user confirmed what it would send). */
    public CompletableFuture<Void> send(Resolution<RequestSpec> prepared) {
        return sender.send(prepared, cookieJar.get().cookies());
    }

    /** The cookie jar this form sends with: its collection's, or the one of unsaved requests. */
    public NetworkViewModel.Jar cookieJar() {
        return cookieJar.get();
    }

    public void setCookieJar(Supplier<NetworkViewModel.Jar> jar) {
        this.cookieJar = jar;
    }

    /**
     * The auth a saved request on Inherit gets from its folders and collection (variables as typed; none outside a
     * collection). Kept current by the workspace; the header table shows its header.
     */
    public ObjectProperty<Auth> inheritedAuthProperty() {
        return inheritedAuth;
    }

    /**
     * Shows an exchange this form did not just send (a restored tab's or a history entry's response); the response
     * pane reads its body off the UI thread like a sent one's.
     */
    public void showExchange(Exchange shown) {
        sender.show(shown);
    }

    /** Shows why a restored tab's last send got no response. */
    public void showFailure(String reason) {
        sender.showFailure(reason);
    }

    /** Stops the request in flight, if any; its outcome will not be shown. */
    public void cancel() {
        sender.cancel();
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

    /** Recomputes the http credential warning (e.g. after the user said not to warn again for a host). */
    public void refreshSecurityWarning() {
        securityWarning.refresh();
    }

    /** Where the hosts come from for which the user said not to warn again. */
    public void setDismissedHosts(Supplier<Set<String>> hosts) {
        securityWarning.setDismissedHosts(hosts);
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
        return securityWarning.messageProperty();
    }

    public ResponseViewModel response() {
        return response;
    }

    /** How the request is sent: timeouts, redirects, TLS, proxy… (the Settings tab). */
    public ObjectProperty<RequestSettings> settingsProperty() {
        return settings;
    }

    /**
     * Where this form's {@code {{variables}}} get their values (its collection, folders, the active environment, the
     * globals): the editors highlight, show and complete names with it. Set by the workspace.
     */
    public ObjectProperty<VariableResolver> variablesProperty() {
        return variables;
    }

    /** The Auth tab: it owns the Authorization header. */
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
