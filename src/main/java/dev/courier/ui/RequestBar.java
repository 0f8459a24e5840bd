package dev.courier.ui;

import atlantafx.base.theme.Styles;
import dev.courier.core.Units;
import dev.courier.core.http.InsecureCredentials;
import dev.courier.core.http.RequestUris;
import dev.courier.core.json.JsonProblem;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import dev.courier.ui.settings.NetworkViewModel;
import dev.courier.ui.vars.VariableField;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Method, URL, Send/Cancel, and the warning shown when a bearer token would leak over plain http. */
final class RequestBar {

    private static final javafx.util.Duration SETTLE = javafx.util.Duration.millis(400);
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final VBox root = new VBox();
    private final ComboBox<String> method = new ComboBox<>();
    private final UrlField url = new UrlField();
    private static final Pattern UNRESOLVED = Pattern.compile("\\{\\{[^{}]*}}");

    private final RequestViewModel vm;
    private final NetworkViewModel network;

    RequestBar(RequestViewModel vm, NetworkViewModel network, ImportViewModel imports, Node... trailing) {
        this.vm = vm;
        this.network = network;
        method.setId("method");
        method.getStyleClass().addAll("method-box", Styles.LEFT_PILL);
        method.setEditable(true);
        method.getItems().setAll(RequestViewModel.METHODS);
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value;
            }

            @Override
            public String fromString(String text) {
                return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            }
        });
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.valueProperty().addListener((obs, old, now) -> colourMethod(now));
        colourMethod(method.getValue());
        method.setTooltip(new Tooltip("HTTP method; type any other token"));

        url.setId("url");
        url.getStyleClass().add(Styles.RIGHT_PILL);
        url.setPromptText("Enter a URL, e.g. https://api.example.com/employees");
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.setOnAction(e -> send());
        url.setPasteInterceptor(text -> {
            if (!ImportViewModel.isCurlCommand(text)) {
                return false;
            }
            imports.importCurl(text);
            return true;
        });
        HBox.setHgrow(url, Priority.ALWAYS);
        VariableField urlVariables = VariableField.install(url);
        vm.urlProperty().addListener((obs, old, now) -> showUrlProblem(urlVariables));
        vm.variablesProperty().addListener((obs, old, now) -> showUrlProblem(urlVariables));
        showUrlProblem(urlVariables);
        HBox address = new HBox(method, url);
        address.getStyleClass().add("address");
        HBox.setHgrow(address, Priority.ALWAYS);

        Button send = new Button("Send", new FontIcon(Feather.SEND));
        send.setId("send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setTooltip(new Tooltip("Send the request (Ctrl+Enter)"));
        send.setOnAction(e -> send());

        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("send-progress");
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.getStyleClass().add("elapsed");
        elapsed.textProperty().bind(Bindings.createStringBinding(
                () -> Units.duration(Duration.ofMillis(vm.elapsedMillisProperty().get())), vm.elapsedMillisProperty()));
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setTooltip(new Tooltip("Stop this request (Esc)"));
        cancel.setOnAction(e -> vm.cancel());
        HBox sending = new HBox(8, progress, elapsed, cancel);
        sending.setAlignment(Pos.CENTER_RIGHT);

        var isSending = vm.stateProperty().isEqualTo(RequestViewModel.State.SENDING);
        send.visibleProperty().bind(isSending.not());
        sending.visibleProperty().bind(isSending);
        StackPane action = new StackPane(send, sending);
        action.setAlignment(Pos.CENTER_RIGHT);
        action.setMinWidth(Region.USE_PREF_SIZE);

        Label tlsOff = new Label("TLS unchecked", new FontIcon(Feather.UNLOCK));
        tlsOff.setId("tls-off");
        tlsOff.getStyleClass().add("tls-off-chip");
        tlsOff.setTooltip(new Tooltip("Certificate checks are off for this request (Settings tab)"));
        tlsOff.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.settingsProperty().get().verifyTls(),
                vm.settingsProperty()));
        tlsOff.managedProperty().bind(tlsOff.visibleProperty());
        HBox bar = new HBox(8, address, tlsOff, action);
        bar.getChildren().addAll(trailing);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("request-bar");

        Label warning = new Label(null, new FontIcon(Feather.ALERT_TRIANGLE));
        warning.setId("security-warning");
        warning.getStyleClass().add("security-warning");
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(vm.securityWarningProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        showSettled(warning, vm.securityWarningProperty());

        root.getStyleClass().add("request-header");
        root.getChildren().setAll(bar, warning, new ImportNotice(imports).node());
    }

    VBox node() {
        return root;
    }

    TextField urlField() {
        return url;
    }

    /**
     * Commits a method typed but not yet confirmed; asks once about a body that is not JSON, about variables without
     * a value and about credentials over plain http; sends.
     */
    void send() {
        method.commitValue();
        Window owner = root.getScene().getWindow();
        Optional<JsonProblem> problem = vm.body().problemToConfirm();
        if (problem.isPresent()) {
            if (!SendConfirmations.sendInvalidBody(owner, problem.get())) {
                return;
            }
            vm.body().confirmInvalid();
        }
        Resolution<RequestSpec> prepared = vm.prepare();
        if (!prepared.complete() && !SendConfirmations.sendUnresolved(owner, prepared)) {
            return;
        }
        Optional<InsecureCredentials.Warning> insecure = InsecureCredentials.check(prepared.value(),
                prepared.secretValues(), vm.cookieJar().hasCookiesFor(prepared.value().url()), network.dismissedHosts());
        if (insecure.isPresent()) {
            SendConfirmations.InsecureAnswer answer = SendConfirmations.sendInsecure(owner, insecure.get());
            if (answer == SendConfirmations.InsecureAnswer.CANCEL) {
                return;
            }
            if (answer == SendConfirmations.InsecureAnswer.SEND_AND_STOP_WARNING) {
                network.dismissWarning(insecure.get().host());
                vm.refreshSecurityWarning();
            }
        }
        vm.send(prepared);
    }

    /**
     * Shows the warning once it has held for a moment and hides it at once, so it does not flash while a URL is
     * typed ("http://1" is another machine until "http://127.0.0.1" is complete).
     */
    private static void showSettled(Node warning, ReadOnlyStringProperty message) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> warning.setVisible(!message.get().isEmpty()));
        warning.setVisible(!message.get().isEmpty());
        message.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                settle.stop();
                warning.setVisible(false);
            } else if (!warning.isVisible()) {
                settle.playFromStart();
            }
        });
    }

    /**
     * Marks the URL field {@code :invalid} when the URL that would be sent (the collection's base URL applied,
     * variables resolved) cannot be sent, with the reason in its tooltip. An empty field is not an error yet; a
     * name still unresolved counts as a plain word here (the variables' own mark says it has no value).
     */
    private void showUrlProblem(VariableField variables) {
        String typed = vm.urlProperty().get();
        String sent = typed == null || typed.isBlank() ? "" : UNRESOLVED.matcher(vm.sentUrl()).replaceAll("v");
        Optional<String> problem = sent.isEmpty() ? Optional.empty() : RequestUris.problem(sent);
        url.pseudoClassStateChanged(INVALID, problem.isPresent());
        variables.setNote(problem.orElse(""));
    }

    private void colourMethod(String value) {
        for (String m : RequestViewModel.METHODS) {
            method.pseudoClassStateChanged(PseudoClass.getPseudoClass(m.toLowerCase(Locale.ROOT)), m.equals(value));
        }
    }
}
