package dev.courier.io.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.core.model.ProxySetting;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.json.PrettyJson;
import dev.courier.io.json.ProxyJson;
import dev.courier.io.json.RequestJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The application's network preferences (proxy, CA file) in {@code preferences.json} under the data directory.
 * A manual proxy's password may be in it, so the file is readable by its owner only (0600).
 */
public final class NetworkPreferencesFile {

    private static final int FORMAT = 1;

    private NetworkPreferencesFile() {
    }

    /**
     * The stored preferences with the process's environment (for the system proxy); the system proxy and no CA file
     * when nothing is stored yet.
     *
     * @throws IOException when the file exists but cannot be read or is not Courier's format; it is left untouched
     */
    public static NetworkPreferences read(Path file, Map<String, String> environment) throws IOException {
        NetworkPreferences defaults = NetworkPreferences.DIRECT.withProxy(ProxySetting.SYSTEM)
                .withEnvironment(environment);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return defaults;
        }
        try {
            JsonNode root = PrettyJson.MAPPER.readTree(text);
            if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT) {
                throw new IOException(file + ": not a Courier preferences file (format " + FORMAT + ")");
            }
            NetworkPreferences prefs = defaults;
            if (root.has("proxy")) {
                prefs = prefs.withProxy(ProxyJson.read(root.get("proxy"), "proxy"));
            }
            JsonNode ca = root.get("caFile");
            if (ca != null && ca.isTextual() && !ca.textValue().isBlank()) {
                prefs = prefs.withCaFile(Optional.of(Path.of(ca.textValue())));
            }
            return prefs;
        } catch (JsonProcessingException | RequestJsonException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the preferences atomically, owner-only. */
    public static void write(Path file, NetworkPreferences prefs) throws IOException {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        root.set("proxy", ProxyJson.write(prefs.proxy()));
        root.put("caFile", prefs.caFile().map(Path::toString).orElse(null));
        AtomicFiles.writeOwnerOnly(file, PrettyJson.write(root).getBytes(StandardCharsets.UTF_8));
    }
}
