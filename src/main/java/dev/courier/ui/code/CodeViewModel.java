package dev.courier.ui.code;

import dev.courier.codegen.HeaderAuth;
import dev.courier.codegen.SnippetOptions;
import dev.courier.codegen.SnippetTarget;
import dev.courier.codegen.SnippetTargets;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.SecretValues;
import dev.courier.ui.RequestViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The code for the request being composed, in the chosen language, kept up to date while the pane is shown:
 * generated off the UI thread shortly after each change, stale results dropped.
 */
public final class CodeViewModel {

    static final long DELAY_MILLIS = 80;

    private final RequestViewModel request;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final ObjectProperty<SnippetTarget> target =
            new SimpleObjectProperty<>(this, "target", SnippetTargets.all().get(0));
    private final BooleanProperty maskSecrets = new SimpleBooleanProperty(this, "maskSecrets", true);
    private final BooleanProperty longOptions = new SimpleBooleanProperty(this, "longOptions", true);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private long version;
    private Future<?> pending;

    public CodeViewModel(RequestViewModel request, ScheduledExecutorService background, Executor ui) {
        this.request = request;
        this.background = background;
        this.ui = ui;
        request.revisionProperty().addListener(obs -> refresh());
        request.variablesProperty().addListener((obs, old, now) -> refresh());
        target.addListener(obs -> refresh());
        maskSecrets.addListener(obs -> refresh());
        longOptions.addListener(obs -> refresh());
        active.addListener(obs -> refresh());
    }

    /** The code for the request as it is now, generated off the UI thread (for copying with the pane closed). */
    public CompletableFuture<String> generateNow() {
        return generateNow(target.get());
    }

    /** The request as it is now in another target than the chosen one (e.g. "Copy as curl"). */
    public CompletableFuture<String> generateNow(SnippetTarget chosen) {
        Supplier<RequestSpec> spec = sent();
        SnippetOptions options = options();
        return CompletableFuture.supplyAsync(() -> chosen.generate(HeaderAuth.lift(spec.get()), options), background);
    }

    private void refresh() {
        long requested = ++version;
        if (pending != null) {
            pending.cancel(false);
        }
        if (!active.get()) {
            return; // nobody is looking: generate when the pane opens
        }
        Supplier<RequestSpec> spec = sent();
        SnippetTarget chosen = target.get();
        SnippetOptions options = options();
        pending = background.schedule(() -> {
            String text = chosen.generate(HeaderAuth.lift(spec.get()), options);
            ui.execute(() -> {
                if (requested == version) {
                    code.set(text);
                }
            });
        }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The request as Send would send it (its collection's base URL, headers and auth, variables resolved), so the
     * code runs as it is; secret variable values stay masked unless the user asks for them. The body is resolved
     * when the supplier is called, off the UI thread.
     */
    private Supplier<RequestSpec> sent() {
        Supplier<Resolution<RequestSpec>> later = request.prepareLater();
        boolean mask = maskSecrets.get();
        return () -> {
            Resolution<RequestSpec> prepared = later.get();
            return mask ? SecretValues.mask(prepared.value(), prepared.secretValues()) : prepared.value();
        };
    }

    private SnippetOptions options() {
        return SnippetOptions.DEFAULTS.withMaskSecrets(maskSecrets.get()).withLongOptions(longOptions.get());
    }

    public ObjectProperty<SnippetTarget> targetProperty() {
        return target;
    }

    /** Tokens, passwords and keys as environment lookups or placeholders (the default), or as they are. */
    public BooleanProperty maskSecretsProperty() {
        return maskSecrets;
    }

    /** {@code --header} rather than {@code -H} where a tool has both. */
    public BooleanProperty longOptionsProperty() {
        return longOptions;
    }

    /** Whether the code is being shown; code is only kept current while it is. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }
}
