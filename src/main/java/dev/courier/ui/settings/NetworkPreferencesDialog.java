package dev.courier.ui.settings;

import atlantafx.base.theme.Styles;
import dev.courier.core.http.NetworkPreferences;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The application's proxy and extra CA certificate, which requests use unless their own settings say otherwise. */
public final class NetworkPreferencesDialog {

    private NetworkPreferencesDialog() {
    }

    /** The edited preferences, if the user chose Save. */
    public static Optional<NetworkPreferences> ask(Window owner, NetworkPreferences current) {
        ProxyEditor proxy = new ProxyEditor("preferences", false);
        proxy.valueProperty().set(current.proxy());
        TextField ca = new TextField(current.caFile().map(Path::toString).orElse(""));
        ca.setId("preferences-ca-file");
        ca.setPromptText("/path/to/company-ca.pem (optional)");
        HBox.setHgrow(ca, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            File file = new FileChooser().showOpenDialog(owner);
            if (file != null) {
                ca.setText(file.getAbsolutePath());
            }
        });
        Label caHint = new Label("PEM certificates trusted in addition to the JDK's (a company or test CA).");
        caHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label proxyTitle = new Label("Proxy");
        proxyTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label caTitle = new Label("Extra CA certificates");
        caTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(8, proxyTitle, proxy.node(), caTitle, new HBox(6, ca, browse), caHint);
        content.setPrefWidth(520);

        Dialog<NetworkPreferences> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Network preferences");
        dialog.getDialogPane().setId("network-preferences-dialog");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : current
                .withProxy(proxy.valueProperty().get())
                .withCaFile(ca.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(ca.getText().strip()))));
        return dialog.showAndWait();
    }
}
