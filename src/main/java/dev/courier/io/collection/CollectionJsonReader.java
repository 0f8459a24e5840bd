package dev.courier.io.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.NodeIds;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import dev.courier.io.json.JsonLocator;
import dev.courier.io.json.PrettyJson;
import dev.courier.io.json.RequestJson;
import dev.courier.io.json.RequestJsonException;
import dev.courier.io.json.VariableJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads collection documents strictly, like {@link RequestJson}: an unknown key is an error naming its place,
 * because a key nothing reads would silently vanish on the next save. Keys that Courier always writes may be left
 * out of hand-written files (an id then comes from the name).
 */
final class CollectionJsonReader {

    private static final Set<String> ROOT_KEYS = Set.of("format", "name", "description", "defaults", "variables",
            "environments", "items");
    private static final Set<String> FOLDER_KEYS = Set.of("type", "id", "name", "description", "defaults",
            "inheritAuth", "variables", "items");
    private static final Set<String> REQUEST_KEYS = Set.of("type", "id", "name", "description", "inheritAuth",
            "request");

    private final Set<String> ids = new HashSet<>();

    private CollectionJsonReader() {
    }

    static Collection read(String json) throws FileFormatException {
        JsonNode root;
        try {
            root = PrettyJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(FileProblem.of(e));
        }
        if (root == null || root.isMissingNode()) {
            throw problem("", "the file is empty");
        }
        try {
            return new CollectionJsonReader().collection(root);
        } catch (FileFormatException e) {
            throw new FileFormatException(JsonLocator.locate(json, e.problem()));
        }
    }

    private Collection collection(JsonNode root) throws FileFormatException {
        object(root, "", ROOT_KEYS);
        JsonNode format = root.get("format");
        if (format == null) {
            throw problem("format", "missing: this is not a Courier collection");
        }
        if (!format.isIntegralNumber() || format.intValue() < 1) {
            throw problem("format", "expected a format number");
        }
        if (format.intValue() > CollectionJson.FORMAT) {
            throw problem("format", "format " + format.intValue() + " was written by a newer Courier; this one "
                    + "reads format " + CollectionJson.FORMAT);
        }
        List<Variable> variables = variables(root, "");
        List<Environment> environments;
        try {
            environments = VariableJson.readEnvironments(root, "environments", "");
        } catch (RequestJsonException e) {
            throw nested("", e);
        }
        List<Node> items = items(array(root, "items", ""), "items");
        return new Collection(text(root, "name", "", ""), text(root, "description", "", ""),
                defaults(root.get("defaults"), "defaults"), variables, withIds(items), environments);
    }

    private List<Node> items(JsonNode array, String at) throws FileFormatException {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String here = at + "[" + i + "]";
            JsonNode node = object(array.get(i), here, null);
            String type = text(node, "type", here, null);
            if (type.equals("folder")) {
                object(node, here, FOLDER_KEYS);
                nodes.add(new Folder(id(node, here), text(node, "name", here, null),
                        text(node, "description", here, ""), defaults(node.get("defaults"), here + ".defaults"),
                        bool(node, "inheritAuth", here, true), items(array(node, "items", here), here + ".items"),
                        variables(node, here)));
            } else if (type.equals("request")) {
                object(node, here, REQUEST_KEYS);
                nodes.add(new RequestItem(id(node, here), text(node, "name", here, null),
                        text(node, "description", here, ""), request(node.get("request"), here + ".request"),
                        bool(node, "inheritAuth", here, true)));
            } else {
                throw problem(here + ".type", "expected \"folder\" or \"request\", found \"" + type + "\"");
            }
        }
        return nodes;
    }

    private String id(JsonNode node, String at) throws FileFormatException {
        if (!node.has("id")) {
            return ""; // assigned from the name once every written id is known
        }
        String id = text(node, "id", at, null);
        if (id.isEmpty()) {
            throw problem(at + ".id", "must not be empty");
        }
        if (!ids.add(id)) {
            throw problem(at + ".id", "\"" + id + "\" is used twice; ids must be unique in a collection");
        }
        return id;
    }

    /** Gives nodes written without an id one made from their name, unique among all ids, in tree order. */
    private List<Node> withIds(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node node : nodes) {
            Node withChildren = node instanceof Folder folder ? folder.withItems(withIds(folder.items())) : node;
            if (node.id().isEmpty()) {
                String id = NodeIds.unique(NodeIds.slug(node.name(), node instanceof Folder ? "folder" : "request"),
                        ids);
                ids.add(id);
                withChildren = withChildren.withId(id);
            }
            out.add(withChildren);
        }
        return out;
    }

    private static List<Variable> variables(JsonNode node, String at) throws FileFormatException {
        try {
            return VariableJson.read(node, "variables", at);
        } catch (RequestJsonException e) {
            throw nested("", e);
        }
    }

    private static RequestSpec request(JsonNode node, String at) throws FileFormatException {
        if (node == null) {
            throw problem(at, "missing");
        }
        try {
            return RequestJson.fromTree(node);
        } catch (RequestJsonException e) {
            throw nested(at, e);
        }
    }

    private static Defaults defaults(JsonNode node, String at) throws FileFormatException {
        if (node == null) {
            return Defaults.NONE;
        }
        object(node, at, Set.of("baseUrl", "headers", "auth"));
        try {
            RequestSpec carrier = RequestJson.fromTree(CollectionJson.requestCarrier(node));
            return new Defaults(text(node, "baseUrl", at, ""), carrier.headers(), carrier.auth());
        } catch (RequestJsonException e) {
            throw nested(at, e);
        }
    }

    private static JsonNode object(JsonNode node, String at, Set<String> allowed) throws FileFormatException {
        if (node == null || !node.isObject()) {
            throw problem(at.isEmpty() ? "collection" : at, "expected an object");
        }
        if (allowed != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw problem(prefix(at) + name, "unknown key");
                }
            }
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String key, String at) throws FileFormatException {
        JsonNode value = node.get(key);
        if (value == null) {
            return PrettyJson.MAPPER.createArrayNode();
        }
        if (!value.isArray()) {
            throw problem(prefix(at) + key, "expected an array");
        }
        return value;
    }

    /** A string value; {@code fallback} when absent, or an error when the fallback is null. */
    private static String text(JsonNode node, String key, String at, String fallback) throws FileFormatException {
        JsonNode value = node.get(key);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null || !value.isTextual()) {
            throw problem(prefix(at) + key, value == null ? "missing" : "expected a string");
        }
        return value.textValue();
    }

    private static boolean bool(JsonNode node, String key, String at, boolean fallback) throws FileFormatException {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw problem(prefix(at) + key, "expected true or false");
        }
        return value.booleanValue();
    }

    /** A request-object problem ({@code headers[0].name: missing}) placed under {@code at}. */
    private static FileFormatException nested(String at, RequestJsonException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        String where = colon < 0 ? "" : message.substring(0, colon);
        String what = colon < 0 ? message : message.substring(colon + 2);
        return problem(where.isEmpty() || where.equals("request") ? at : prefix(at) + where, what);
    }

    private static FileFormatException problem(String path, String message) {
        return new FileFormatException(new FileProblem(0, 0, path, message));
    }

    private static String prefix(String at) {
        return at.isEmpty() ? "" : at + ".";
    }
}
