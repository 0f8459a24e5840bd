package dev.courier.ui.settings;

import dev.courier.core.model.ProxySetting;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Chooses a proxy: the application's choice (for a request), none, the system's ({@code http_proxy}…), or a manual
 * HTTP proxy with optional Basic credentials and a bypass list. A manual entry that is not complete yet (no host, a
 * port that is not a number) keeps the last valid value and says what is missing.
 */
final class ProxyEditor {

    private enum Mode { APP, NONE, SYSTEM, MANUAL }

    private final VBox root = new VBox(6);
    private final ObjectProperty<ProxySetting> value = new SimpleObjectProperty<>(this, "value");
    private final ComboBox<Mode> mode = new ComboBox<>();
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField bypass = new TextField();
    private final Label problem = new Label();
    private boolean showing;

    ProxyEditor(String idPrefix, boolean offerAppChoice) {
        mode.setId(idPrefix + "-proxy");
        mode.getItems().setAll(offerAppChoice ? Arrays.asList(Mode.values()) : List.of(Mode.NONE, Mode.SYSTEM,
                Mode.MANUAL));
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Mode m) {
                return m == null ? "" : switch (m) {
                    case APP -> "The application's choice";
                    case NONE -> "No proxy";
                    case SYSTEM -> "System (http_proxy, https_proxy, no_proxy)";
                    case MANUAL -> "Manual HTTP proxy";
                };
            }

            @Override
            public Mode fromString(String text) {
                return null;
            }
        });
        host.setId(idPrefix + "-proxy-host");
        host.setPromptText("proxy.example.com");
        port.setId(idPrefix + "-proxy-port");
        port.setPromptText("8080");
        port.setPrefColumnCount(6);
        username.setPromptText("user (optional)");
        password.setPromptText("password");
        bypass.setPromptText("localhost, *.internal, 10.0.0.0/8");
        problem.getStyleClass().add("field-problem");
        GridPane manual = new GridPane();
        manual.setHgap(8);
        manual.setVgap(6);
        manual.setPadding(new Insets(0, 0, 0, 12));
        manual.addRow(0, new Label("Host"), host, new Label("Port"), port);
        manual.addRow(1, new Label("User"), username, new Label("Password"), password);
        manual.add(new Label("Bypass"), 0, 2);
        manual.add(bypass, 1, 2, 3, 1);
        // Always laid out, enabled for a manual proxy only: the dialog keeps its size whichever mode is chosen.
        manual.disableProperty().bind(mode.valueProperty().isNotEqualTo(Mode.MANUAL));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(manual.disableProperty().not()));
        problem.managedProperty().bind(problem.visibleProperty());
        root.getChildren().setAll(mode, manual, problem);

        mode.valueProperty().addListener(obs -> edited());
        for (TextField field : List.of(host, port, username, password, bypass)) {
            field.textProperty().addListener(obs -> edited());
        }
        value.addListener((obs, old, now) -> show(now));
    }

    Node node() {
        return root;
    }

    ObjectProperty<ProxySetting> valueProperty() {
        return value;
    }

    private void show(ProxySetting setting) {
        if (showing || setting == null) {
            return;
        }
        showing = true;
        try {
            if (setting instanceof ProxySetting.Manual manual) {
                mode.setValue(Mode.MANUAL);
                host.setText(manual.host());
                port.setText(Integer.toString(manual.port()));
                username.setText(manual.username());
                password.setText(manual.password());
                bypass.setText(String.join(", ", manual.bypass()));
            } else {
                mode.setValue(setting == ProxySetting.NONE ? Mode.NONE : setting == ProxySetting.SYSTEM ? Mode.SYSTEM
                        : Mode.APP);
            }
            problem.setText("");
        } finally {
            showing = false;
        }
    }

    private void edited() {
        if (showing || mode.getValue() == null) {
            return;
        }
        showing = true;
        try {
            switch (mode.getValue()) {
                case APP -> value.set(ProxySetting.APP_DEFAULT);
                case NONE -> value.set(ProxySetting.NONE);
                case SYSTEM -> value.set(ProxySetting.SYSTEM);
                case MANUAL -> manual();
            }
        } finally {
            showing = false;
        }
    }

    private void manual() {
        if (host.getText().isBlank()) {
            problem.setText("Enter the proxy's host");
            return;
        }
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            problem.setText("The port is a number from 1 to 65535");
            return;
        }
        if (number < 1 || number > 65535) {
            problem.setText("The port is a number from 1 to 65535");
            return;
        }
        List<String> hosts = Arrays.stream(bypass.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        problem.setText("");
        value.set(new ProxySetting.Manual(host.getText().strip(), number, username.getText().strip(),
                password.getText(), hosts));
    }
}
