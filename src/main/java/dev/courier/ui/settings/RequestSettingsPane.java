package dev.courier.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.RequestSettings;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The request's Settings tab: timeouts, redirects, HTTP version, certificate checks, User-Agent, decompression,
 * cookies and proxy. Every control edits the request's {@link RequestSettings}; a loaded request shows its own.
 */
public final class RequestSettingsPane {

    private final ScrollPane root;
    private final ObjectProperty<RequestSettings> settings;
    private final Spinner<Double> connect = seconds("setting-connect-timeout", 0.5, 600);
    private final Spinner<Double> total = seconds("setting-total-timeout", 0.5, 86_400);
    private final CheckBox follow = check("setting-follow-redirects", "Follow redirects");
    private final Spinner<Integer> maxRedirects = new Spinner<>(0, 50, RequestSettings.DEFAULT_MAX_REDIRECTS);
    private final ComboBox<HttpVersionChoice> version = new ComboBox<>();
    private final CheckBox verify = check("setting-verify-tls", "Verify TLS certificates and host names");
    private final Label verifyOff = new Label("Certificates are not checked: anyone on the path can pretend to be "
            + "the server. Use this only for test servers.");
    private final CheckBox userAgent = check("setting-user-agent", "Send Courier's User-Agent (Courier/version)");
    private final CheckBox decompress = check("setting-decompress", "Decompress responses (gzip, deflate, br)");
    private final CheckBox cookies = check("setting-cookies", "Send cookies from the cookie jar");
    private final ProxyEditor proxy = new ProxyEditor("setting", true);
    private boolean showing;

    public RequestSettingsPane(ObjectProperty<RequestSettings> settings) {
        this.settings = settings;
        maxRedirects.setId("setting-max-redirects");
        maxRedirects.setEditable(true);
        maxRedirects.setPrefWidth(90);
        maxRedirects.disableProperty().bind(follow.selectedProperty().not());
        version.setId("setting-http-version");
        version.getItems().setAll(HttpVersionChoice.values());
        version.setConverter(new StringConverter<>() {
            @Override
            public String toString(HttpVersionChoice choice) {
                return choice == null ? "" : switch (choice) {
                    case AUTO -> "Auto (HTTP/2 over TLS, HTTP/1.1 otherwise)";
                    case HTTP_1_1 -> "HTTP/1.1";
                    case HTTP_2 -> "HTTP/2";
                };
            }

            @Override
            public HttpVersionChoice fromString(String text) {
                return null;
            }
        });
        verifyOff.setId("tls-verification-off");
        verifyOff.getStyleClass().add("field-problem");
        verifyOff.setWrapText(true);
        verifyOff.visibleProperty().bind(verify.selectedProperty().not());
        verifyOff.managedProperty().bind(verifyOff.visibleProperty());

        GridPane grid = new GridPane();
        grid.setId("request-settings");
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(110);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        grid.addRow(row++, heading("Timeouts"), new HBox(8, new Label("Connect"), connect, new Label("s   Total"),
                total, new Label("s")));
        grid.addRow(row++, heading("Redirects"), new HBox(12, follow, new Label("at most"), maxRedirects));
        grid.addRow(row++, heading("HTTP version"), version);
        grid.addRow(row++, heading("TLS"), verify);
        grid.add(verifyOff, 1, row++);
        grid.addRow(row++, heading("Headers"), userAgent);
        grid.add(cookies, 1, row++);
        grid.addRow(row++, heading("Response"), decompress);
        grid.addRow(row, heading("Proxy"), proxy.node());
        for (Node node : grid.getChildren()) {
            if (node instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        }
        root = new ScrollPane(grid);
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        show(settings.get());
        settings.addListener((obs, old, now) -> show(now));
        connect.valueProperty().addListener(obs -> edit(s -> s.withConnectTimeout(millis(connect.getValue()))));
        total.valueProperty().addListener(obs -> edit(s -> s.withTotalTimeout(millis(total.getValue()))));
        follow.selectedProperty().addListener(obs -> edit(s -> s.withFollowRedirects(follow.isSelected())));
        maxRedirects.valueProperty().addListener(obs -> edit(s -> s.withMaxRedirects(maxRedirects.getValue())));
        version.valueProperty().addListener(obs -> edit(s -> s.withHttpVersion(version.getValue())));
        verify.selectedProperty().addListener(obs -> edit(s -> s.withVerifyTls(verify.isSelected())));
        userAgent.selectedProperty().addListener(obs -> edit(s -> s.withSendUserAgent(userAgent.isSelected())));
        decompress.selectedProperty().addListener(obs -> edit(s -> s.withDecompress(decompress.isSelected())));
        cookies.selectedProperty().addListener(obs -> edit(s -> s.withSendCookies(cookies.isSelected())));
        proxy.valueProperty().addListener(obs -> edit(s -> s.withProxy(proxy.valueProperty().get())));
    }

    public Node node() {
        return root;
    }

    private void show(RequestSettings s) {
        showing = true;
        try {
            connect.getValueFactory().setValue(s.connectTimeout().toMillis() / 1000.0);
            total.getValueFactory().setValue(s.totalTimeout().toMillis() / 1000.0);
            follow.setSelected(s.followRedirects());
            maxRedirects.getValueFactory().setValue(s.maxRedirects());
            version.setValue(s.httpVersion());
            verify.setSelected(s.verifyTls());
            userAgent.setSelected(s.sendUserAgent());
            decompress.setSelected(s.decompress());
            cookies.setSelected(s.sendCookies());
            proxy.valueProperty().set(s.proxy());
        } finally {
            showing = false;
        }
    }

    private void edit(UnaryOperator<RequestSettings> change) {
        if (!showing) {
            settings.set(change.apply(settings.get()));
        }
    }

    private static Duration millis(Double seconds) {
        return Duration.ofMillis(Math.round((seconds == null ? 0 : seconds) * 1000));
    }

    private static Spinner<Double> seconds(String id, double min, double max) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, min, 1));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    private static CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
