package dev.courier.ui.environments;

import dev.courier.core.vars.EnvironmentRef;
import dev.courier.io.vars.ActiveEnvironments;
import dev.courier.ui.Async;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Which environment is active in each context (a collection file, or none), as the UI thread sees it: a context's
 * choice is read from {@link ActiveEnvironments} the first time it is asked for, and every change is written
 * through the file executor.
 */
final class ActiveChoices {

    private static final System.Logger LOG = System.getLogger(ActiveChoices.class.getName());

    private final ActiveEnvironments file;
    private final Executor files;
    private final Executor ui;
    private final Runnable changed;
    private final Consumer<String> report;
    private final Map<String, EnvironmentRef> actives = new HashMap<>();
    /** The contexts whose remembered choice has been asked for. */
    private final Set<String> asked = new HashSet<>();
    /** The contexts whose choice is known: read from the file, or chosen since. */
    private final Set<String> settled = new HashSet<>();

    /**
     * @param files   reads and writes {@code file}, one task at a time
     * @param changed told on the UI thread when a choice read from the file arrives
     * @param report  told when a choice could not be written
     */
    ActiveChoices(ActiveEnvironments file, Executor files, Executor ui, Runnable changed, Consumer<String> report) {
        this.file = file;
        this.files = files;
        this.ui = ui;
        this.changed = changed;
        this.report = report;
    }

    /** The active environment of a context (null: outside collections); null for none, or not read yet. */
    EnvironmentRef get(Path collectionFile) {
        String key = key(collectionFile);
        if (asked.add(key)) {
            Async.call(files, ui, () -> file.active(collectionFile)).whenComplete((ref, error) -> {
                if (error != null) {
                    LOG.log(System.Logger.Level.WARNING, "active environment not read: " + error.getMessage());
                } else if (settled.add(key) && ref.isPresent()) {
                    actives.put(key, ref.get());
                    changed.run();
                }
            });
        }
        return actives.get(key);
    }

    /**
     * Makes {@code ref} (null: none) active in a context and remembers it; false when it already was. A choice made
     * before the context's remembered one has been read wins over it.
     */
    boolean set(Path collectionFile, EnvironmentRef ref) {
        String key = key(collectionFile);
        asked.add(key);
        boolean known = !settled.add(key);
        if (known && Objects.equals(actives.get(key), ref)) {
            return false;
        }
        if (ref == null) {
            actives.remove(key);
        } else {
            actives.put(key, ref);
        }
        files.execute(() -> {
            try {
                file.setActive(collectionFile, ref);
            } catch (IOException e) {
                report.accept("The active environment could not be remembered: " + e.getMessage());
            }
        });
        return true;
    }

    /**
     * An environment was renamed ({@code now}) or deleted ({@code now} null): the contexts where it was active
     * follow. A collection's environment is active only in that collection's context.
     */
    void follow(EnvironmentRef old, EnvironmentRef now, Path collectionFile) {
        if (old.source() == EnvironmentRef.Source.COLLECTION) {
            if (old.equals(actives.get(key(collectionFile)))) {
                set(collectionFile, now);
            }
            return;
        }
        for (Map.Entry<String, EnvironmentRef> entry : List.copyOf(actives.entrySet())) {
            if (old.equals(entry.getValue())) {
                set(entry.getKey().isEmpty() ? null : Path.of(entry.getKey()), now);
            }
        }
    }

    private static String key(Path collectionFile) {
        return collectionFile == null ? "" : collectionFile.toAbsolutePath().normalize().toString();
    }
}
