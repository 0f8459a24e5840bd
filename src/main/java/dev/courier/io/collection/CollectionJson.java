package dev.courier.io.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.json.PrettyJson;
import dev.courier.io.json.RequestJson;
import dev.courier.io.json.VariableJson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Courier's collection file ({@code *.courier.json}, described in {@code docs/FORMAT.md}): one pretty-printed
 * document, every key always written in one order, requests embedded as {@link RequestJson} objects, so that one
 * edited value is a one-line diff. Secret variable values are never written, at any level.
 */
public final class CollectionJson {

    /** The format version this Courier writes and reads. */
    public static final int FORMAT = 1;

    private CollectionJson() {
    }

    /** The collection as a document ending with a newline. */
    public static String write(Collection collection) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", collection.name());
        root.put("description", collection.description());
        root.set("defaults", defaults(collection.defaults()));
        root.set("variables", VariableJson.write(collection.variables()));
        if (!collection.environments().isEmpty()) {
            root.set("environments", VariableJson.writeEnvironments(collection.environments()));
        }
        root.set("items", items(collection.items()));
        return PrettyJson.write(root);
    }

    /** The document's UTF-8 bytes, as saved. */
    public static byte[] bytes(Collection collection) {
        return write(collection).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a collection document.
     *
     * @throws FileFormatException with line and column for text that is not JSON, with the path of the value
     *                             (e.g. {@code items[1].request.headers[0].name}) for JSON that is not a collection
     */
    public static Collection read(String json) throws FileFormatException {
        return CollectionJsonReader.read(json);
    }

    private static ArrayNode items(List<Node> nodes) {
        ArrayNode array = PrettyJson.MAPPER.createArrayNode();
        for (Node node : nodes) {
            ObjectNode item = array.addObject();
            if (node instanceof Folder folder) {
                item.put("type", "folder").put("id", folder.id()).put("name", folder.name())
                        .put("description", folder.description());
                item.set("defaults", defaults(folder.defaults()));
                item.put("inheritAuth", folder.inheritAuth());
                if (!folder.variables().isEmpty()) {
                    item.set("variables", VariableJson.write(folder.variables()));
                }
                item.set("items", items(folder.items()));
            } else if (node instanceof RequestItem request) {
                item.put("type", "request").put("id", request.id()).put("name", request.name())
                        .put("description", request.description()).put("inheritAuth", request.inheritAuth());
                item.set("request", RequestJson.toTree(request.request()));
            }
        }
        return array;
    }

    /** Defaults are written with the request object's own shapes for headers and auth. */
    private static ObjectNode defaults(Defaults defaults) {
        RequestSpec carrier = RequestSpec.of("GET", "", defaults.headers(), Body.NONE).withAuth(defaults.auth());
        ObjectNode asRequest = RequestJson.toTree(carrier);
        ObjectNode node = PrettyJson.MAPPER.createObjectNode();
        node.put("baseUrl", defaults.baseUrl());
        node.set("headers", asRequest.get("headers"));
        node.set("auth", asRequest.get("auth"));
        return node;
    }

    static JsonNode requestCarrier(JsonNode defaults) {
        ObjectNode carrier = PrettyJson.MAPPER.createObjectNode().put("method", "GET").put("url", "");
        if (defaults.has("headers")) {
            carrier.set("headers", defaults.get("headers"));
        }
        if (defaults.has("auth")) {
            carrier.set("auth", defaults.get("auth"));
        }
        return carrier;
    }
}
