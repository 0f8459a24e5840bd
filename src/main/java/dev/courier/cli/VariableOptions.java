package dev.courier.cli;

import dev.courier.core.collection.Collection;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.core.vars.Globals;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.VariableContext;
import dev.courier.io.file.UnreadableFileException;
import dev.courier.io.vars.GlobalsFile;
import dev.courier.io.vars.SecretStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The variable options of {@code send} and {@code run} (a picocli mixin): {@code --env}, {@code --var} and
 * {@code --allow-unresolved}. Global variables always apply; secret values come from the secret store.
 */
final class VariableOptions {

    @Option(names = "--env", paramLabel = "NAME", description = "Use this environment: the collection's of that "
            + "name first, else the global one")
    private String environment;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Give a variable a value that wins over every "
            + "other (e.g. a secret not in the store); repeatable")
    private Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--allow-unresolved", description = "Send even when some {{variables}} have no value (they are "
            + "sent as typed); otherwise nothing is sent and the exit code is 3")
    private boolean allowUnresolved;

    private Path home;

    /** Where the global variables and secrets are read from (the data directory). */
    VariableOptions home(Path dataDirectory) {
        this.home = dataDirectory;
        return this;
    }

    boolean allowUnresolved() {
        return allowUnresolved;
    }

    /**
     * The variables for a collection read from {@code collectionFile} (both null outside collections), with its
     * secrets filled in; empty after explaining on {@code err} why there are none (unreadable file, no such
     * environment).
     */
    Optional<VariableContext> context(Collection collection, Path collectionFile, PrintStream err) {
        SecretStore secrets = new SecretStore(home.resolve(SecretStore.FILE_NAME));
        try {
            Globals globals = new GlobalsFile(home.resolve(GlobalsFile.FILE_NAME), secrets).load();
            Collection filled = collection == null ? null : secrets.fill(collectionFile, collection);
            Environment chosen = null;
            if (environment != null) {
                Optional<EnvironmentRef> ref = EnvironmentRef.byName(environment, filled, globals);
                if (ref.isEmpty()) {
                    err.println("courier: no environment named \"" + environment + "\"" + known(filled, globals));
                    return Optional.empty();
                }
                chosen = ref.get().find(filled, globals).orElseThrow();
            }
            List<Variable> given = new ArrayList<>();
            values.forEach((name, value) -> given.add(Variable.of(name, value)));
            return Optional.of(VariableContext.of(filled, chosen, globals.variables()).withOverrides(given));
        } catch (UnreadableFileException e) {
            err.println("courier: " + e.getMessage());
        } catch (IOException e) {
            err.println("courier: cannot read the variables: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Reports unresolved variables on {@code err} ({@code where} names the request, or is empty) and says whether
     * the request may be sent.
     */
    boolean accept(Resolution<?> resolution, String where, PrintStream err) {
        if (resolution.complete()) {
            return true;
        }
        String prefix = where.isEmpty() ? "courier: " : "warning: " + where + ": ";
        err.println(prefix + resolution.unresolvedMessage() + (allowUnresolved ? " (sent as typed)" : ""));
        return allowUnresolved;
    }

    private static String known(Collection collection, Globals globals) {
        List<String> names = new ArrayList<>();
        if (collection != null) {
            collection.environments().forEach(e -> names.add(e.name()));
        }
        globals.environments().forEach(e -> names.add(e.name() + " (global)"));
        return names.isEmpty() ? "; there are no environments" : "; there are: " + String.join(", ", names);
    }
}
