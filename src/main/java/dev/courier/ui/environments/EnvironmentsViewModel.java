package dev.courier.ui.environments;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.core.vars.Globals;
import dev.courier.core.vars.VariableContext;
import dev.courier.io.vars.ActiveEnvironments;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.ui.Async;
import dev.courier.ui.SerialExecutor;
import dev.courier.ui.collections.OpenCollection;
import dev.courier.ui.collections.SaveResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The global variables and environments, the collections' environments, and which one is active in each context
 * (a collection file, or the requests outside collections; remembered in {@link ActiveEnvironments}). The context
 * is the selected tab's collection; {@link #contextFor} gives the {@link VariableContext} a tab resolves with. Files
 * are read and written on the background executor, one task after another; the state lives on the UI thread.
 */
public final class EnvironmentsViewModel {

    private static final System.Logger LOG = System.getLogger(EnvironmentsViewModel.class.getName());

    private final GlobalsFile globalsFile;
    private final ActiveChoices actives;
    private final Executor files;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Globals> globals = new ReadOnlyObjectWrapper<>(this, "globals", Globals.EMPTY);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<OpenCollection> context = new SimpleObjectProperty<>(this, "context");
    private final ObservableList<EnvironmentChoice> choices =
            FXCollections.observableArrayList(EnvironmentChoice.NONE);
    private final ObservableList<EnvironmentChoice> readOnlyChoices =
            FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<EnvironmentChoice> active =
            new ReadOnlyObjectWrapper<>(this, "active", EnvironmentChoice.NONE);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Set<OpenCollection> watched = new HashSet<>();

    /**
     * @param background reads and writes the files (one task at a time)
     * @param ui         runs a task on the UI thread
     */
    public EnvironmentsViewModel(GlobalsFile globalsFile, ActiveEnvironments activeFile, Executor background,
                                 Executor ui) {
        this.globalsFile = globalsFile;
        this.files = new SerialExecutor(background);
        this.ui = ui;
        this.actives = new ActiveChoices(activeFile, files, ui, this::refresh, this::report);
        context.addListener((obs, old, now) -> {
            if (now != null && watched.add(now)) {
                now.collectionProperty().addListener(o -> {
                    if (context.get() == now) {
                        refresh();
                    }
                });
            }
            refresh();
        });
    }

    /** Reads the globals off the UI thread (each context's active environment is read when first needed). */
    public CompletableFuture<Void> load() {
        return Async.call(files, ui, globalsFile::load).handle((read, error) -> {
            if (error != null) {
                problem.set("Environments not loaded (the file is kept as it is): " + Async.cause(error).getMessage());
            } else {
                globals.set(read);
                loaded.set(true);
                refresh();
            }
            return null;
        });
    }

    /** The context a tab of {@code collection} (null: outside collections) resolves its variables in. */
    public VariableContext contextFor(OpenCollection collection) {
        EnvironmentRef ref = actives.get(collection == null ? null : collection.file());
        Environment environment = ref == null ? null
                : ref.find(collection == null ? null : collection.collection(), globals.get()).orElse(null);
        return VariableContext.of(collection == null ? null : collection.collection(), environment,
                globals.get().variables());
    }

    /** Makes {@code choice} the active environment of the current context, and remembers it. */
    public void select(EnvironmentChoice choice) {
        if (actives.set(contextFile(), choice == null ? null : choice.ref())) {
            refresh();
        }
    }

    /** Rebuilds the choices and the active one after any change, and counts the change. */
    private void refresh() {
        OpenCollection c = context.get();
        List<EnvironmentChoice> all = new ArrayList<>();
        all.add(EnvironmentChoice.NONE);
        if (c != null) {
            c.collection().environments().forEach(e -> all.add(
                    EnvironmentChoice.of(EnvironmentRef.collection(e.name()))));
        }
        globals.get().environments().forEach(e -> all.add(EnvironmentChoice.of(EnvironmentRef.global(e.name()))));
        if (!choices.equals(all)) {
            choices.setAll(all);
        }
        EnvironmentRef ref = actives.get(contextFile());
        active.set(ref != null && environment(ref).isPresent() ? EnvironmentChoice.of(ref) : EnvironmentChoice.NONE);
        changes.set(changes.get() + 1);
    }

    /** The environment {@code ref} names in the current context. */
    public Optional<Environment> environment(EnvironmentRef ref) {
        OpenCollection c = context.get();
        return ref.find(c == null ? null : c.collection(), globals.get());
    }

    /** What an edit made (the environment it created or renamed), and how saving it went. */
    public record Edit(EnvironmentRef ref, CompletableFuture<SaveResult> saved) {
    }

    /** A new empty environment; its name is made unique in its place (e.g. "Staging 2"). */
    public Edit create(EnvironmentRef.Source source, String name) {
        String unique = EnvironmentLists.uniqueName(list(source), name);
        List<Environment> edited = new ArrayList<>(list(source));
        edited.add(Environment.named(unique));
        return new Edit(new EnvironmentRef(source, unique), store(source, edited));
    }

    /** Renames an environment; a context where it was active keeps it active. */
    public Edit rename(EnvironmentRef ref, String newName) {
        if (ref.name().equals(newName)) {
            return new Edit(ref, CompletableFuture.completedFuture(SaveResult.OK));
        }
        String unique = EnvironmentLists.uniqueName(list(ref.source()), newName);
        EnvironmentRef renamed = new EnvironmentRef(ref.source(), unique);
        List<Environment> edited = EnvironmentLists.replace(list(ref.source()), ref.name(), e -> e.withName(unique));
        CompletableFuture<SaveResult> saved = store(ref.source(), edited);
        follow(ref, renamed);
        return new Edit(renamed, saved);
    }

    /** A copy next to the original, called e.g. "Staging copy". */
    public Edit duplicate(EnvironmentRef ref) {
        Environment original = environment(ref).orElseThrow();
        String unique = EnvironmentLists.uniqueName(list(ref.source()), ref.name() + " copy");
        List<Environment> edited = new ArrayList<>(list(ref.source()));
        edited.add(edited.indexOf(original) + 1, original.withName(unique));
        return new Edit(new EnvironmentRef(ref.source(), unique), store(ref.source(), edited));
    }

    /** Deletes an environment; where it was active, none is. */
    public CompletableFuture<SaveResult> delete(EnvironmentRef ref) {
        List<Environment> edited = list(ref.source()).stream().filter(e -> !e.name().equals(ref.name())).toList();
        CompletableFuture<SaveResult> saved = store(ref.source(), edited);
        follow(ref, null);
        return saved;
    }

    /** Replaces an environment's variables. */
    public CompletableFuture<SaveResult> setVariables(EnvironmentRef ref, List<Variable> variables) {
        if (environment(ref).map(e -> e.variables().equals(variables)).orElse(true)) {
            return CompletableFuture.completedFuture(SaveResult.OK);
        }
        return store(ref.source(), EnvironmentLists.replace(list(ref.source()), ref.name(),
                e -> e.withVariables(variables)));
    }

    /** Replaces the global variables. */
    public CompletableFuture<SaveResult> setGlobalVariables(List<Variable> variables) {
        if (globals.get().variables().equals(variables)) {
            return CompletableFuture.completedFuture(SaveResult.OK);
        }
        return saveGlobals(globals.get().withVariables(variables));
    }

    /** Replaces the variables of the current context's collection (saved with the collection file). */
    public CompletableFuture<SaveResult> setCollectionVariables(List<Variable> variables) {
        OpenCollection c = requireCollection();
        if (c.collection().variables().equals(variables)) {
            return CompletableFuture.completedFuture(SaveResult.OK);
        }
        return c.apply(c.collection().withVariables(variables));
    }

    private List<Environment> list(EnvironmentRef.Source source) {
        return source == EnvironmentRef.Source.GLOBAL ? globals.get().environments()
                : requireCollection().collection().environments();
    }

    /** Applies the edited list: a collection's is saved with its file (the caller settles conflicts). */
    private CompletableFuture<SaveResult> store(EnvironmentRef.Source source, List<Environment> edited) {
        if (source == EnvironmentRef.Source.GLOBAL) {
            return saveGlobals(globals.get().withEnvironments(edited));
        }
        OpenCollection c = requireCollection();
        return c.apply(c.collection().withEnvironments(edited));
    }

    /** Shows the new globals at once and writes them behind every earlier write. */
    private CompletableFuture<SaveResult> saveGlobals(Globals edited) {
        if (!loaded.get()) {
            throw new IllegalStateException("the globals are not loaded yet");
        }
        globals.set(edited);
        refresh();
        return Async.call(files, ui, () -> {
            globalsFile.save(edited);
            return SaveResult.OK;
        }).exceptionally(error -> {
            String message = "The environments could not be saved: " + Async.cause(error).getMessage();
            report(message);
            return new SaveResult(SaveResult.Status.FAILED, message);
        });
    }

    /** Moves the choices that named {@code old} to {@code now} (null: none). */
    private void follow(EnvironmentRef old, EnvironmentRef now) {
        actives.follow(old, now, contextFile());
        refresh();
    }

    private void report(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
        ui.execute(() -> problem.set(message));
    }

    private OpenCollection requireCollection() {
        OpenCollection c = context.get();
        if (c == null) {
            throw new IllegalStateException("no collection in this context");
        }
        return c;
    }

    private Path contextFile() {
        return context.get() == null ? null : context.get().file();
    }

    /** The collection of the selected tab's request; null for a request outside collections. */
    public ObjectProperty<OpenCollection> contextProperty() {
        return context;
    }

    /** "No environment", the context collection's environments, then the global ones. */
    public ObservableList<EnvironmentChoice> choices() {
        return readOnlyChoices;
    }

    public ReadOnlyObjectProperty<EnvironmentChoice> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Globals> globalsProperty() {
        return globals.getReadOnlyProperty();
    }

    /** Whether the globals have been read (edits of them wait until then). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Counts every change of what the contexts resolve with (globals, environments, active choices). */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The last file problem, empty for none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
