package dev.courier.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

/** Reading Courier's small JSON documents (the global variables, the secret store...) with placed problems. */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /**
     * The document's root object, after checking its keys and its {@code format} number.
     *
     * @param what what the document is, for messages ("a Courier environments file")
     * @throws FileFormatException with line and column
     */
    public static JsonNode root(byte[] bytes, int format, Set<String> keys, String what) throws FileFormatException {
        String json = new String(bytes, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = PrettyJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(FileProblem.of(e));
        }
        if (root == null || !root.isObject()) {
            throw new FileFormatException(new FileProblem(0, 0, "", "not " + what));
        }
        JsonNode version = root.get("format");
        if (version == null || !version.isIntegralNumber() || version.intValue() != format) {
            throw placed(json, "format", "expected " + format + ": this is not " + what
                    + " (or one written by a newer Courier)");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw placed(json, name, "unknown key");
            }
        }
        return root;
    }

    /** A problem reported by a tree reader ({@code variables[0].name: missing}), placed in the text. */
    public static FileFormatException placed(byte[] bytes, RequestJsonException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return placed(new String(bytes, StandardCharsets.UTF_8), colon < 0 ? "" : message.substring(0, colon),
                colon < 0 ? message : message.substring(colon + 2));
    }

    /** A problem with the value at {@code path} ({@code secrets.x}), placed in the text. */
    public static FileFormatException placed(byte[] bytes, String path, String message) {
        return placed(new String(bytes, StandardCharsets.UTF_8), path, message);
    }

    private static FileFormatException placed(String json, String path, String message) {
        return new FileFormatException(JsonLocator.locate(json, new FileProblem(0, 0, path, message)));
    }
}
