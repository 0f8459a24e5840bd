package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.NodeIds;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports a Postman Collection (v2.1, and v2.0, which differs only in auth attributes): folders, requests,
 * headers with their disabled flags, URLs with their query, raw/urlencoded/formdata/file bodies, bearer, basic and
 * API-key auth at every level, variables at every level and descriptions. Everything else is listed in the report.
 */
public final class PostmanImporter {

    private final List<String> report = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private PostmanImporter() {
    }

    /**
     * Imports a Postman collection document.
     *
     * @throws FileFormatException when the text is not JSON (with line and column) or not a Postman collection
     */
    public static PostmanImport read(String json) throws FileFormatException {
        JsonNode root = PostmanJson.parse(json);
        if (root == null || !root.isObject() || !root.path("item").isArray() || !root.path("info").isObject()) {
            throw new FileFormatException(new FileProblem(0, 0, "", "not a Postman collection (no info and item)"));
        }
        String schema = PostmanJson.text(root.get("info"), "schema", "");
        if (!schema.isEmpty() && !schema.contains("/v2.")) {
            throw new FileFormatException(new FileProblem(0, 0, "info.schema", "only Postman Collection v2.0 and "
                    + "v2.1 can be imported; this one says " + schema));
        }
        return new PostmanImporter().collection(root);
    }

    private PostmanImport collection(JsonNode root) {
        JsonNode info = root.get("info");
        String name = PostmanJson.text(info, "name", "Imported collection");
        String where = "Collection";
        PostmanAuth.Setting auth = PostmanAuth.read(root.get("auth"), where, report);
        scriptsAndExtras(root, where);
        Collection collection = new Collection(name, PostmanJson.description(info),
                Defaults.NONE.withAuth(auth.auth()), variables(root, ""), items(root, ""));
        return new PostmanImport(collection, report);
    }

    /** The {@code variable} array of the collection, a folder or a request ({@code where} is empty at the top). */
    private List<Variable> variables(JsonNode node, String where) {
        return PostmanJson.variables(PostmanJson.elements(node, "variable"), "key",
                (where.isEmpty() ? "" : where + ": ") + "Variable \"%s\": secret, so its value is not written to "
                        + "the collection file", report);
    }

    private List<Node> items(JsonNode parent, String path) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode item : PostmanJson.elements(parent, "item")) {
            String name = PostmanJson.text(item, "name", "");
            String where = path + (path.isEmpty() ? "" : " › ") + (name.isEmpty() ? "(unnamed)" : name);
            boolean folder = item.has("item") && !item.has("request");
            String id = NodeIds.unique(NodeIds.slug(name, folder ? "folder" : "request"), ids);
            ids.add(id);
            scriptsAndExtras(item, where);
            PostmanAuth.Setting auth = PostmanAuth.read(folder ? item.get("auth") : item.path("request").get("auth"),
                    where, report);
            if (folder) {
                nodes.add(new Folder(id, name, PostmanJson.description(item), Defaults.NONE.withAuth(auth.auth()),
                        auth.inherit(), items(item, where), variables(item, where)));
            } else {
                RequestSpec request = PostmanRequests.read(item, where, report).withVariables(variables(item, where));
                String description = PostmanJson.description(item.get("request"));
                nodes.add(new RequestItem(id, name, description.isEmpty() ? PostmanJson.description(item)
                        : description, request.withAuth(auth.auth()), auth.inherit()));
            }
        }
        return nodes;
    }

    /** Reports scripts and saved responses, which Courier does not have. */
    private void scriptsAndExtras(JsonNode node, String where) {
        for (JsonNode event : PostmanJson.elements(node, "event")) {
            boolean hasCode = !PostmanJson.elements(event.get("script"), "exec").stream()
                    .allMatch(line -> line.asText().isBlank());
            if (hasCode || event.path("script").path("exec").isTextual()) {
                String listen = PostmanJson.text(event, "listen", "");
                report.add(where + ": " + (listen.equals("prerequest") ? "pre-request" : listen.isEmpty() ? "an"
                        : listen) + " script not imported (Courier runs no scripts)");
            }
        }
        int examples = PostmanJson.elements(node, "response").size();
        if (examples > 0) {
            report.add(where + ": " + examples + " saved example response" + (examples == 1 ? "" : "s")
                    + " not imported");
        }
        if (node.has("item") && node.has("protocolProfileBehavior")) {
            report.add(where + ": settings (protocolProfileBehavior) of a folder or collection not imported");
        }
    }
}
