package dev.courier.ui.body;

import atlantafx.base.theme.Styles;
import dev.courier.core.Units;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A binary body: the path of the file to stream (typed or chosen), with its size. */
final class BinaryBodyPane {

    private final VBox root = new VBox(8);

    BinaryBodyPane(BodyViewModel vm, Executor background, Executor ui) {
        TextField path = new TextField();
        path.setId("body-file");
        path.setPromptText("/path/to/file");
        path.textProperty().bindBidirectional(vm.binaryFileProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Choose…", new FontIcon(Feather.FOLDER));
        browse.setOnAction(e -> {
            File file = new FileChooser().showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                vm.binaryFileProperty().set(file.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, path, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        Label info = new Label();
        info.setId("body-file-info");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        // Stat the file off the UI thread: the path may sit on a slow disk or a network share.
        InvalidationListener update = obs -> {
            String typed = vm.binaryFileProperty().get();
            background.execute(() -> {
                String description = describe(typed);
                ui.execute(() -> {
                    if (typed.equals(vm.binaryFileProperty().get())) {
                        info.setText(description);
                    }
                });
            });
        };
        vm.binaryFileProperty().addListener(update);
        update.invalidated(null);
        Label hint = new Label("The file is streamed from disk when the request is sent; it is never loaded whole.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        root.getChildren().setAll(row, info, hint);
        root.getStyleClass().add("binary-body");
    }

    VBox node() {
        return root;
    }

    /** Size of the file, or why it cannot be sent. */
    private static String describe(String text) {
        if (text == null || text.isBlank()) {
            return "No file chosen";
        }
        try {
            Path file = Path.of(text.strip());
            return Files.isRegularFile(file) ? Units.bytes(Files.size(file)) : "File not found";
        } catch (InvalidPathException | IOException e) {
            return "File not readable";
        }
    }
}
