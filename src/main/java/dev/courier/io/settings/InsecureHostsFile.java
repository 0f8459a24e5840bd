package dev.courier.io.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.io.AppPaths;
import dev.courier.io.file.DataFile;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.JsonDocuments;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts for which the user said "don't warn again" about credentials over plain http, in
 * {@code http-warnings.json} in the data directory: {@code {"format": 1, "dismissedHosts": ["api.example.com"]}}.
 * Host names are kept in lower case. Blocking: call off the UI thread.
 */
public final class InsecureHostsFile {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "http-warnings.json";

    private static final int FORMAT = 1;

    private final DataFile<Set<String>> file;

    public InsecureHostsFile(Path file) {
        this.file = new DataFile<>(file, InsecureHostsFile::parse, InsecureHostsFile::bytes, Set.of(), false);
    }

    /** The file of the data directory ({@link AppPaths#home()}). */
    public static InsecureHostsFile inHome() {
        return new InsecureHostsFile(AppPaths.home().resolve(FILE_NAME));
    }

    /** The hosts whose warning was dismissed, in lower case. */
    public Set<String> dismissed() throws IOException {
        return file.read();
    }

    /** Stops warning for {@code host}. */
    public void dismiss(String host) throws IOException {
        change(host, true);
    }

    /** Warns for {@code host} again. */
    public void restore(String host) throws IOException {
        change(host, false);
    }

    private void change(String host, boolean dismissed) throws IOException {
        String key = host.toLowerCase(Locale.ROOT);
        file.update(hosts -> {
            Set<String> copy = new TreeSet<>(hosts);
            if (dismissed) {
                copy.add(key);
            } else {
                copy.remove(key);
            }
            return copy;
        });
    }

    private static byte[] bytes(Set<String> hosts) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode().put("format", FORMAT);
        ArrayNode array = root.putArray("dismissedHosts");
        new TreeSet<>(hosts).forEach(array::add);
        return PrettyJson.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> parse(byte[] bytes) throws FileFormatException {
        JsonNode root = JsonDocuments.root(bytes, FORMAT, Set.of("format", "dismissedHosts"), "Courier's http "
                + "warnings file");
        Set<String> hosts = new TreeSet<>();
        JsonNode array = root.path("dismissedHosts");
        if (!array.isMissingNode() && !array.isArray()) {
            throw JsonDocuments.placed(bytes, "dismissedHosts", "expected an array");
        }
        for (JsonNode host : array) {
            if (!host.isTextual()) {
                throw JsonDocuments.placed(bytes, "dismissedHosts", "expected host names");
            }
            hosts.add(host.textValue().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(hosts);
    }
}
