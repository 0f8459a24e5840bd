package dev.courier.io.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.vars.Globals;
import dev.courier.io.AppPaths;
import dev.courier.io.file.DataFile;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.JsonDocuments;
import dev.courier.io.json.PrettyJson;
import dev.courier.io.json.RequestJsonException;
import dev.courier.io.json.VariableJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * The global variables and global environments, in {@code environments.json} in the data directory:
 * {@code {"format": 1, "variables": [...], "environments": [{"name", "variables"}]}} with the variable shape of
 * collection files. Secret values are kept in the {@link SecretStore}, never in this file: {@link #load} fills them
 * in, {@link #save} takes them out. Blocking: call off the UI thread.
 */
public final class GlobalsFile {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "environments.json";

    private static final int FORMAT = 1;
    private static final Set<String> KEYS = Set.of("format", "variables", "environments");

    private final DataFile<Globals> file;
    private final SecretStore secrets;

    public GlobalsFile(Path file, SecretStore secrets) {
        this.file = new DataFile<>(file, GlobalsFile::parse, GlobalsFile::bytes, Globals.EMPTY, false);
        this.secrets = secrets;
    }

    /** The globals file and secret store of the data directory ({@link AppPaths#home()}). */
    public static GlobalsFile inHome() {
        return new GlobalsFile(AppPaths.home().resolve(FILE_NAME), SecretStore.inHome());
    }

    public Path file() {
        return file.file();
    }

    /**
     * The global variables and environments with their secret values (empty when there is no file yet).
     *
     * @throws dev.courier.io.file.UnreadableFileException when the file does not parse (it is never overwritten)
     */
    public Globals load() throws IOException {
        return secrets.fill(file.read());
    }

    /** Saves the globals: secret values into the secret store, the rest into the file. */
    public void save(Globals globals) throws IOException {
        file.read(); // a damaged file stops the save before the secret store changes
        file.write(secrets.split(globals));
    }

    /** The document's bytes, secret values left out. */
    static byte[] bytes(Globals globals) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        root.set("variables", VariableJson.write(globals.variables()));
        root.set("environments", VariableJson.writeEnvironments(globals.environments()));
        return PrettyJson.write(root).getBytes(StandardCharsets.UTF_8);
    }

    static Globals parse(byte[] bytes) throws FileFormatException {
        JsonNode root = JsonDocuments.root(bytes, FORMAT, KEYS, "a Courier environments file");
        try {
            return new Globals(VariableJson.read(root, "variables", ""),
                    VariableJson.readEnvironments(root, "environments", ""));
        } catch (RequestJsonException e) {
            throw JsonDocuments.placed(bytes, e);
        }
    }
}
