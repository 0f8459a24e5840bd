package dev.courier.ui.body;

import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonFormatException;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonProblem;
import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import dev.courier.ui.KeyValueRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The body of the request being composed, in every type at once: switching types keeps what was typed in the
 * others. JSON is validated off the UI thread shortly after typing stops; a result for text that has changed
 * since is dropped.
 */
public final class BodyViewModel {

    static final long VALIDATION_DELAY_MILLIS = 120;

    private final ScheduledExecutorService background;
    private final Executor ui;

    private final ObjectProperty<BodyType> type = new SimpleObjectProperty<>(this, "type", BodyType.JSON);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<KeyValueRow> formFields =
            FXCollections.observableArrayList(row -> new Observable[] {
                row.enabledProperty(), row.nameProperty(), row.valueProperty()});
    private final ObservableList<PartRow> parts = FXCollections.observableArrayList(PartRow::observables);
    private final StringProperty binaryFile = new SimpleStringProperty(this, "binaryFile", "");
    private final ReadOnlyObjectWrapper<JsonCheck> check =
            new ReadOnlyObjectWrapper<>(this, "check", new JsonCheck(Optional.empty(), List.of()));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private String checkedText;
    private long textVersion;
    private Future<?> pendingValidation;
    private String confirmedInvalidText;

    /** Everything the body holds, in every type; the form's undo and restore work on these. */
    public record State(BodyType type, String text, List<Field> form, List<Part> parts, String binaryFile) {

        public State {
            form = List.copyOf(form);
            parts = List.copyOf(parts);
        }

        /** The state that sends {@code body}. */
        public static State of(Body body) {
            if (body instanceof Body.Text t) {
                BodyType type = switch (t.type()) {
                    case JSON -> BodyType.JSON;
                    case TEXT -> BodyType.TEXT;
                    case XML -> BodyType.XML;
                    case HTML -> BodyType.HTML;
                };
                return new State(type, t.content(), List.of(), List.of(), "");
            }
            if (body instanceof Body.Form f) {
                return new State(BodyType.FORM, "", f.fields(), List.of(), "");
            }
            if (body instanceof Body.Multipart m) {
                return new State(BodyType.MULTIPART, "", List.of(), m.parts(), "");
            }
            if (body instanceof Body.Binary b) {
                return new State(BodyType.BINARY, "", List.of(), List.of(), b.file().toString());
            }
            return new State(BodyType.NONE, "", List.of(), List.of(), "");
        }
    }

    public BodyViewModel(String initialText, ScheduledExecutorService background, Executor ui) {
        this.background = background;
        this.ui = ui;
        text.set(initialText);
        text.addListener((obs, old, now) -> scheduleValidation());
        type.addListener((obs, old, now) -> scheduleValidation());
        publish(initialText, validate(initialText));
    }

    public State snapshot() {
        return new State(type.get(), text.get(), formFields.stream().map(KeyValueRow::toField).toList(),
                parts.stream().map(PartRow::toPart).toList(), binaryFile.get());
    }

    public void restore(State state) {
        text.set(state.text());
        formFields.setAll(state.form().stream().map(f -> new KeyValueRow(f.name(), f.value(), f.enabled())).toList());
        parts.setAll(state.parts().stream().map(PartRow::of).toList());
        binaryFile.set(state.binaryFile());
        type.set(state.type());
    }

    /** What changes the body, for views that follow the whole request. */
    public Observable[] observables() {
        return new Observable[] {type, text, formFields, parts, binaryFile};
    }

    /** The body to send, for the chosen type. */
    public Body toBody() {
        BodyType chosen = type.get();
        if (chosen.isText()) {
            return text.get().isEmpty() ? Body.NONE : new Body.Text(text.get(), chosen.textType().orElseThrow());
        }
        return switch (chosen) {
            case FORM -> new Body.Form(formFields.stream().map(KeyValueRow::toField).toList());
            case MULTIPART -> new Body.Multipart(parts.stream().map(PartRow::toPart).toList());
            case BINARY -> binaryFile.get().isBlank() ? Body.NONE
                    : new Body.Binary(Path.of(binaryFile.get().strip()), "");
            default -> Body.NONE;
        };
    }

    /**
     * The JSON problem that should stop a send until the user confirms, if any: only for a JSON body, and only
     * once for the same text.
     */
    public Optional<JsonProblem> problemToConfirm() {
        if (type.get() != BodyType.JSON || text.get().equals(confirmedInvalidText)) {
            return Optional.empty();
        }
        return currentCheck().error();
    }

    /** The user chose to send this invalid text anyway; do not ask again for it. */
    public void confirmInvalid() {
        confirmedInvalidText = text.get();
    }

    /**
     * Pretty-prints (or minifies) the JSON off the UI thread. Completes with the new text, already applied if the
     * text did not change meanwhile; fails with {@link JsonFormatException} when the text is not JSON.
     */
    public CompletableFuture<String> format(boolean pretty) {
        String snapshot = text.get();
        long version = textVersion;
        CompletableFuture<String> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                String formatted = pretty ? JsonFormatter.pretty(snapshot) : JsonFormatter.minify(snapshot);
                ui.execute(() -> {
                    if (version == textVersion) {
                        text.set(formatted);
                    }
                    result.complete(formatted);
                });
            } catch (JsonFormatException e) {
                ui.execute(() -> {
                    message.set("Cannot " + (pretty ? "format" : "minify") + ": " + e.problem().describe());
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    private void scheduleValidation() {
        long version = ++textVersion;
        if (pendingValidation != null) {
            pendingValidation.cancel(false);
        }
        String snapshot = text.get();
        boolean json = type.get() == BodyType.JSON;
        pendingValidation = background.schedule(() -> {
            JsonCheck result = json ? validate(snapshot) : new JsonCheck(Optional.empty(), List.of());
            ui.execute(() -> {
                if (version == textVersion) {
                    publish(snapshot, result);
                }
            });
        }, VALIDATION_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void publish(String validatedText, JsonCheck result) {
        checkedText = validatedText;
        check.set(result);
        updateMessage();
    }

    /** The check of the text as it is now: the debounced one when it is current, else done here. */
    private JsonCheck currentCheck() {
        return text.get().equals(checkedText) ? check.get() : validate(text.get());
    }

    private static JsonCheck validate(String json) {
        return JsonValidator.check(json);
    }

    private void updateMessage() {
        JsonCheck current = check.get();
        message.set(current.error().or(() -> current.warnings().stream().findFirst())
                .map(JsonProblem::describe).orElse(""));
    }

    public ObjectProperty<BodyType> typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<KeyValueRow> formFields() {
        return formFields;
    }

    public ObservableList<PartRow> parts() {
        return parts;
    }

    /** The path of the file a binary body sends. */
    public StringProperty binaryFileProperty() {
        return binaryFile;
    }

    /** The latest validation of the JSON text (valid while another type is chosen). */
    public ReadOnlyObjectProperty<JsonCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** What the problem line under the editor says: the first error, else the first warning, else nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
