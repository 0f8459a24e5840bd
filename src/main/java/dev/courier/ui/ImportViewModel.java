package dev.courier.ui;

import dev.courier.io.curl.CurlImport;
import dev.courier.io.curl.CurlImportException;
import dev.courier.io.curl.CurlParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Imports a curl command into the form, keeping what was there so the import can be undone. Parsing (which may
 * read the files a command names) runs off the UI thread.
 */
public final class ImportViewModel {

    private static final Pattern CURL_COMMAND = Pattern.compile("(?s)^\\s*(\\$\\s+)?curl(\\.exe)?\\s.*");

    private final RequestViewModel request;
    private final Path baseDirectory;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<List<String>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private RequestViewModel.FormState before;

    /**
     * @param baseDirectory where the files a command names ({@code -d @body.json}) are looked for
     */
    public ImportViewModel(RequestViewModel request, Path baseDirectory, Executor background, Executor ui) {
        this.request = request;
        this.baseDirectory = baseDirectory;
        this.background = background;
        this.ui = ui;
    }

    /** Whether pasted text is a curl command to import rather than text to paste. */
    public static boolean isCurlCommand(String text) {
        return text != null && CURL_COMMAND.matcher(text).matches();
    }

    /**
     * Replaces the form with the request the command sends. Completes with true when imported; otherwise the
     * notice says why and the form is untouched.
     */
    public CompletableFuture<Boolean> importCurl(String command) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            CurlImport imported;
            try {
                imported = new CurlParser(baseDirectory).parse(command);
            } catch (CurlImportException e) {
                ui.execute(() -> {
                    show("Not imported: " + e.getMessage(), List.of(), true);
                    done.complete(false);
                });
                return;
            }
            ui.execute(() -> {
                before = request.snapshot();
                request.load(imported.request());
                canUndo.set(true);
                int count = imported.warnings().size();
                show("Imported curl command: " + imported.request().method().toUpperCase(Locale.ROOT) + " "
                        + imported.request().url() + (count == 0 ? "" : " · " + count + (count == 1 ? " warning"
                        : " warnings")), imported.warnings(), false);
                done.complete(true);
            });
        });
        return done;
    }

    /** Puts back the form as it was before the import. */
    public void undo() {
        if (before != null) {
            request.restore(before);
            before = null;
            canUndo.set(false);
            show("Import undone", List.of(), false);
        }
    }

    public void dismiss() {
        show("", List.of(), false);
        before = null;
        canUndo.set(false);
    }

    private void show(String message, List<String> list, boolean failure) {
        warnings.set(List.copyOf(list));
        failed.set(failure);
        notice.set(message);
    }

    /** What the notice under the request bar says; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The importer's warnings about the last import (options Courier sends differently, files not found). */
    public ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
