package dev.courier.io.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.collection.Collection;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.Globals;
import dev.courier.io.AppPaths;
import dev.courier.io.file.DataFile;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.JsonDocuments;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The values of secret variables, in {@code secrets.json} in the data directory, readable by its owner only (0600
 * on creation and on every save). Values are kept per owner (the globals, or a collection file by its absolute
 * path) and per scope inside it ({@code collection}, {@code environment Staging}, {@code folder users},
 * {@code request get-user}; for the globals {@code variables} and {@code environment NAME}), so equally named
 * secrets of different collections or environments never meet. Opening a collection or the globals fills empty
 * secret values from here ({@code fill}); saving takes them out and stores them ({@code split}). Blocking: call
 * off the UI thread. (No OS keyring: on Linux that needs a running Secret Service over D-Bus, which a terminal
 * session or CI often lacks.)
 */
public final class SecretStore {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "secrets.json";

    private static final int FORMAT = 1;
    private static final String GLOBAL_OWNER = "global";

    /** owner → scope → name → value, sorted so the file is stable. */
    private final DataFile<Map<String, Map<String, Map<String, String>>>> file;

    public SecretStore(Path file) {
        this.file = new DataFile<>(file, SecretStore::parse, SecretStore::bytes, Map.of(), true);
    }

    /** The secret store of the data directory ({@link AppPaths#home()}). */
    public static SecretStore inHome() {
        return new SecretStore(AppPaths.home().resolve(FILE_NAME));
    }

    public Path file() {
        return file.file();
    }

    /** The collection read from {@code collectionFile} with its secret values filled in from the store. */
    public Collection fill(Path collectionFile, Collection collection) throws IOException {
        return SecretScopes.map(collection, filler(owner(collectionFile)));
    }

    /** The globals with their secret values filled in from the store. */
    public Globals fill(Globals globals) throws IOException {
        return SecretScopes.map(globals, filler(GLOBAL_OWNER));
    }

    /**
     * Stores the secret values of a collection about to be saved to {@code collectionFile} (replacing what was
     * stored for that file: secrets that are gone or empty are forgotten) and returns it without them.
     */
    public Collection split(Path collectionFile, Collection collection) throws IOException {
        Map<String, Map<String, String>> values = new TreeMap<>();
        Collection stripped = SecretScopes.map(collection, splitter(values));
        replaceOwner(owner(collectionFile), values);
        return stripped;
    }

    /** Stores the globals' secret values and returns the globals without them. */
    public Globals split(Globals globals) throws IOException {
        Map<String, Map<String, String>> values = new TreeMap<>();
        Globals stripped = SecretScopes.map(globals, splitter(values));
        replaceOwner(GLOBAL_OWNER, values);
        return stripped;
    }

    /** Gives {@code to} a copy of the secrets of {@code from} (Save As), replacing any it had. */
    public void copyCollection(Path from, Path to) throws IOException {
        file.update(all -> with(all, owner(to), all.getOrDefault(owner(from), Map.of())));
    }

    /** Moves the secrets of {@code from} to {@code to} (the collection file was renamed or moved). */
    public void moveCollection(Path from, Path to) throws IOException {
        file.update(all -> with(with(all, owner(to), all.getOrDefault(owner(from), Map.of())), owner(from),
                Map.of()));
    }

    /** Forgets every secret of a collection file (it was deleted). */
    public void forgetCollection(Path collectionFile) throws IOException {
        file.update(all -> with(all, owner(collectionFile), Map.of()));
    }

    /**
     * Carries an environment's secrets to its new name, for a rename done outside a load-edit-save cycle.
     *
     * @param collectionFile the collection holding the environment, or null for a global environment
     */
    public void renameEnvironment(Path collectionFile, String oldName, String newName) throws IOException {
        String owner = collectionFile == null ? GLOBAL_OWNER : owner(collectionFile);
        file.update(all -> {
            Map<String, Map<String, String>> scopes = new TreeMap<>(all.getOrDefault(owner, Map.of()));
            Map<String, String> moved = scopes.remove(SecretScopes.environment(oldName));
            if (moved != null) {
                scopes.put(SecretScopes.environment(newName), moved);
            }
            return with(all, owner, scopes);
        });
    }

    private BiFunction<String, List<Variable>, List<Variable>> filler(String owner) throws IOException {
        Map<String, Map<String, String>> stored = file.read().getOrDefault(owner, Map.of());
        return (scope, variables) -> variables.stream().map(v -> {
            String value = stored.getOrDefault(scope, Map.of()).get(v.name());
            return v.secret() && v.value().isEmpty() && value != null ? v.withValue(value) : v;
        }).toList();
    }

    private static BiFunction<String, List<Variable>, List<Variable>> splitter(
            Map<String, Map<String, String>> into) {
        return (scope, variables) -> variables.stream().map(v -> {
            if (!v.secret()) {
                return v;
            }
            if (!v.value().isEmpty()) {
                into.computeIfAbsent(scope, s -> new TreeMap<>()).put(v.name(), v.value());
            }
            return v.withValue("");
        }).toList();
    }

    private void replaceOwner(String owner, Map<String, Map<String, String>> values) throws IOException {
        file.update(all -> with(all, owner, values));
    }

    private static Map<String, Map<String, Map<String, String>>> with(
            Map<String, Map<String, Map<String, String>>> all, String owner, Map<String, Map<String, String>> scopes) {
        Map<String, Map<String, Map<String, String>>> copy = new TreeMap<>(all);
        if (scopes.isEmpty()) {
            copy.remove(owner);
        } else {
            copy.put(owner, scopes);
        }
        return copy;
    }

    private static String owner(Path collectionFile) {
        return collectionFile.toAbsolutePath().normalize().toString();
    }

    private static byte[] bytes(Map<String, Map<String, Map<String, String>>> all) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        ObjectNode owners = root.putObject("secrets");
        new TreeMap<>(all).forEach((owner, scopes) -> {
            ObjectNode scopeNodes = owners.putObject(owner);
            new TreeMap<>(scopes).forEach((scope, values) -> {
                ObjectNode valueNodes = scopeNodes.putObject(scope);
                new TreeMap<>(values).forEach(valueNodes::put);
            });
        });
        return PrettyJson.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Map<String, Map<String, String>>> parse(byte[] bytes) throws FileFormatException {
        JsonNode root = JsonDocuments.root(bytes, FORMAT, Set.of("format", "secrets"), "a Courier secret store");
        Map<String, Map<String, Map<String, String>>> all = new TreeMap<>();
        JsonNode owners = root.path("secrets");
        for (var owner : iterable(owners, bytes, "secrets")) {
            Map<String, Map<String, String>> scopes = new TreeMap<>();
            String ownerAt = "secrets." + owner.getKey();
            for (var scope : iterable(owner.getValue(), bytes, ownerAt)) {
                Map<String, String> values = new TreeMap<>();
                for (var value : iterable(scope.getValue(), bytes, ownerAt + "." + scope.getKey())) {
                    if (!value.getValue().isTextual()) {
                        throw JsonDocuments.placed(bytes, ownerAt + "." + scope.getKey() + "." + value.getKey(),
                                "expected a string");
                    }
                    values.put(value.getKey(), value.getValue().textValue());
                }
                scopes.put(scope.getKey(), values);
            }
            all.put(owner.getKey(), scopes);
        }
        return all;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node, byte[] bytes, String at)
            throws FileFormatException {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw JsonDocuments.placed(bytes, at, "expected an object");
        }
        return node::fields;
    }
}
