package dev.courier.io.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.io.AppPaths;
import dev.courier.io.file.DataFile;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.JsonDocuments;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which environment is active, remembered per context: each collection file (by absolute path) and the requests
 * outside any collection. Kept in {@code active-environments.json} in the data directory:
 * {@code {"format": 1, "contexts": {"<path>" or "": {"source": "collection"|"global", "name": "..."}}}}, where the
 * empty key is "no collection". Blocking: call off the UI thread.
 */
public final class ActiveEnvironments {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "active-environments.json";

    private static final int FORMAT = 1;
    private static final String NO_COLLECTION = "";

    private final DataFile<Map<String, EnvironmentRef>> file;

    public ActiveEnvironments(Path file) {
        this.file = new DataFile<>(file, ActiveEnvironments::parse, ActiveEnvironments::bytes, Map.of(), false);
    }

    /** The choices kept in the data directory ({@link AppPaths#home()}). */
    public static ActiveEnvironments inHome() {
        return new ActiveEnvironments(AppPaths.home().resolve(FILE_NAME));
    }

    /**
     * The active environment for a collection file, or for requests outside collections when it is null; empty for
     * none.
     */
    public Optional<EnvironmentRef> active(Path collectionFile) throws IOException {
        return Optional.ofNullable(file.read().get(key(collectionFile)));
    }

    /**
     * Remembers the active environment of a context.
     *
     * @param collectionFile the collection, or null for requests outside collections
     * @param choice         the environment, or null for none
     */
    public void setActive(Path collectionFile, EnvironmentRef choice) throws IOException {
        String key = key(collectionFile);
        file.update(all -> {
            Map<String, EnvironmentRef> copy = new TreeMap<>(all);
            if (choice == null) {
                copy.remove(key);
            } else {
                copy.put(key, choice);
            }
            return copy;
        });
    }

    private static String key(Path collectionFile) {
        return collectionFile == null ? NO_COLLECTION : collectionFile.toAbsolutePath().normalize().toString();
    }

    private static byte[] bytes(Map<String, EnvironmentRef> all) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        ObjectNode contexts = root.putObject("contexts");
        new TreeMap<>(all).forEach((context, ref) -> contexts.putObject(context)
                .put("source", ref.source().name().toLowerCase(Locale.ROOT)).put("name", ref.name()));
        return PrettyJson.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, EnvironmentRef> parse(byte[] bytes) throws FileFormatException {
        JsonNode root = JsonDocuments.root(bytes, FORMAT, Set.of("format", "contexts"), "Courier's active "
                + "environments file");
        Map<String, EnvironmentRef> all = new TreeMap<>();
        JsonNode contexts = root.path("contexts");
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) contexts::fields) {
            String at = "contexts." + entry.getKey();
            JsonNode source = entry.getValue().get("source");
            JsonNode name = entry.getValue().get("name");
            boolean known = source != null
                    && (source.asText().equals("collection") || source.asText().equals("global"));
            if (!known || name == null || !name.isTextual()) {
                throw JsonDocuments.placed(bytes, at, "expected {\"source\": \"collection\" or \"global\", \"name\"}");
            }
            all.put(entry.getKey(), new EnvironmentRef(EnvironmentRef.Source.valueOf(source.asText()
                    .toUpperCase(Locale.ROOT)), name.textValue()));
        }
        return all;
    }
}
