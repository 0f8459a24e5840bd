package dev.courier.io.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.io.file.DataFile;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.JsonDocuments;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * The user's history choice kept beside the database, {@code settings.json}: {@code {"format": 1,
 * "keepSecrets": false}}. Missing means the defaults (secrets masked). Blocking: call off the UI thread.
 */
final class HistoryPreferences {

    static final String FILE_NAME = "settings.json";
    private static final int FORMAT = 1;

    private final DataFile<Boolean> file;

    HistoryPreferences(Path directory, boolean keepSecretsByDefault) {
        this.file = new DataFile<>(directory.resolve(FILE_NAME), HistoryPreferences::parse, HistoryPreferences::bytes,
                keepSecretsByDefault, false);
    }

    boolean keepSecrets() throws IOException {
        return file.read();
    }

    void setKeepSecrets(boolean keep) throws IOException {
        file.write(keep);
    }

    private static byte[] bytes(Boolean keep) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT).put("keepSecrets", keep);
        return PrettyJson.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Boolean parse(byte[] bytes) throws FileFormatException {
        JsonNode root = JsonDocuments.root(bytes, FORMAT, Set.of("format", "keepSecrets"), "Courier's history settings");
        JsonNode keep = root.path("keepSecrets");
        if (!keep.isBoolean()) {
            throw JsonDocuments.placed(bytes, "keepSecrets", "expected true or false");
        }
        return keep.booleanValue();
    }
}
