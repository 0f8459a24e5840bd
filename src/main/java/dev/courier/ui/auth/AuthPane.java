package dev.courier.ui.auth;

import atlantafx.base.theme.Styles;
import dev.courier.core.model.Auth;
import dev.courier.ui.vars.VariableField;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Auth tab: a scheme and its fields; what it adds shows in the header table as a derived row. */
public final class AuthPane {

    private final VBox root = new VBox(12);

    public AuthPane(AuthViewModel vm) {
        ComboBox<AuthViewModel.Type> type = new ComboBox<>();
        type.setId("auth-type");
        type.getItems().setAll(AuthViewModel.Type.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());

        GridPane bearer = form();
        bearer.addRow(0, label("Token"), new SecretField("auth-token", vm.tokenProperty(), vm.revealedProperty(),
                "{{token}} or the token itself").node());
        bearer.add(hint("Sent as Authorization: Bearer <token>. A {{variable}} keeps the token out of the request."),
                1, 1);

        GridPane basic = form();
        TextField user = new TextField();
        user.setId("auth-username");
        user.textProperty().bindBidirectional(vm.usernameProperty());
        VariableField.install(user);
        basic.addRow(0, label("Username"), user);
        basic.addRow(1, label("Password"), new SecretField("auth-password", vm.passwordProperty(),
                vm.revealedProperty(), "password").node());
        basic.add(hint("Sent as Authorization: Basic base64(username:password), UTF-8."), 1, 2);

        GridPane apiKey = form();
        TextField keyName = new TextField();
        keyName.setId("auth-key-name");
        keyName.textProperty().bindBidirectional(vm.keyNameProperty());
        VariableField.install(keyName);
        ComboBox<Auth.ApiKey.Location> where = new ComboBox<>();
        where.setId("auth-key-location");
        where.getItems().setAll(Auth.ApiKey.Location.values());
        where.valueProperty().bindBidirectional(vm.keyLocationProperty());
        apiKey.addRow(0, label("Name"), keyName);
        apiKey.addRow(1, label("Value"), new SecretField("auth-key-value", vm.keyValueProperty(),
                vm.revealedProperty(), "key").node());
        apiKey.addRow(2, label("Add to"), where);

        Label inherit = hint("Uses the auth of the request's folder or collection (none for an unsaved request).");
        Label none = hint("This request sends no auth of its own.");
        Map<AuthViewModel.Type, Node> faces = Map.of(AuthViewModel.Type.BEARER, bearer, AuthViewModel.Type.BASIC,
                basic, AuthViewModel.Type.API_KEY, apiKey, AuthViewModel.Type.INHERIT, inherit,
                AuthViewModel.Type.NONE, none);
        StackPane fields = new StackPane();
        fields.getChildren().setAll(faces.values());
        for (Node face : faces.values()) {
            StackPane.setAlignment(face, Pos.TOP_LEFT);
        }
        Runnable show = () -> faces.forEach((t, face) -> face.setVisible(t == vm.typeProperty().get()));
        vm.typeProperty().addListener(obs -> show.run());
        show.run();

        root.setId("auth-pane");
        root.getStyleClass().add("settings-grid");
        root.getChildren().setAll(type, fields);
    }

    public Node node() {
        return root;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
