package dev.courier.io.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.collection.Collection;
import dev.courier.core.collection.EffectiveRequests;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.Node;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.io.json.PrettyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a collection as a Postman Collection v2.1 document that validates against the official schema. Postman
 * has no base URLs or default headers, so each request gets its effective URL and headers; auth stays at the
 * collection, folder or request that sets it, as Postman inherits auth the same way.
 */
public final class PostmanExporter {

    private final Collection collection;
    private final List<String> report = new ArrayList<>();

    private PostmanExporter(Collection collection) {
        this.collection = collection;
    }

    /** The Postman document and what it could not carry. */
    public static PostmanExport write(Collection collection) {
        PostmanExporter exporter = new PostmanExporter(collection);
        String json = PrettyJson.write(exporter.root());
        return new PostmanExport(json, exporter.report);
    }

    private ObjectNode root() {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode();
        ObjectNode info = root.putObject("info").put("name", collection.name());
        describe(info, collection.description());
        info.put("schema", PostmanJson.SCHEMA_V21);
        root.set("item", items(collection.items(), new ArrayList<>()));
        ObjectNode auth = PostmanAuth.write(collection.defaults().auth(), true);
        if (auth != null) {
            root.set("auth", auth);
        }
        variables(root, collection.variables(), "");
        if (!collection.environments().isEmpty()) {
            report.add("Collection: " + collection.environments().size() + " environment"
                    + (collection.environments().size() == 1 ? "" : "s") + " not exported (export each with "
                    + "courier export postman-env)");
        }
        boolean defaults = !collection.defaults().baseUrl().isEmpty() || !collection.defaults().headers().isEmpty();
        if (defaults) {
            report.add("Collection: base URL and default headers written into each request (Postman has no such "
                    + "defaults)");
        }
        return root;
    }

    private ArrayNode items(List<Node> nodes, List<Folder> path) {
        ArrayNode items = PrettyJson.MAPPER.createArrayNode();
        for (Node node : nodes) {
            ObjectNode item = items.addObject().put("name", node.name());
            if (node instanceof Folder folder) {
                describe(item, folder.description());
                path.add(folder);
                item.set("item", items(folder.items(), path));
                variables(item, folder.variables(), where(path));
                path.remove(path.size() - 1);
                ObjectNode auth = PostmanAuth.write(folder.defaults().auth(), folder.inheritAuth());
                if (auth != null) {
                    item.set("auth", auth);
                }
            } else if (node instanceof RequestItem request) {
                request(item, request, path);
            }
        }
        return items;
    }

    private void request(ObjectNode item, RequestItem requestItem, List<Folder> path) {
        RequestSpec own = requestItem.request();
        RequestSpec effective = EffectiveRequests.resolve(collection, path, requestItem);
        String where = where(path, requestItem);
        ObjectNode request = item.putObject("request");
        ObjectNode auth = PostmanAuth.write(own.auth(), requestItem.inheritAuth());
        if (auth != null) {
            request.set("auth", auth);
        }
        request.put("method", own.method());
        ArrayNode headers = request.putArray("header");
        for (Header h : effective.headers()) {
            ObjectNode header = headers.addObject().put("key", h.name()).put("value", h.value());
            if (!h.enabled()) {
                header.put("disabled", true);
            }
        }
        body(request, own.body(), where);
        request.set("url", PostmanUrls.write(effective.url()));
        describe(request, requestItem.description());
        settings(item, own.settings(), where);
        variables(item, own.variables(), where);
        item.putArray("response");
    }

    private void body(ObjectNode request, Body body, String where) {
        if (body instanceof Body.Text text) {
            ObjectNode node = request.putObject("body").put("mode", "raw").put("raw", text.content());
            node.putObject("options").putObject("raw").put("language", text.type().name().toLowerCase(Locale.ROOT));
        } else if (body instanceof Body.Form form) {
            ArrayNode fields = request.putObject("body").put("mode", "urlencoded").putArray("urlencoded");
            for (Field f : form.fields()) {
                disabled(fields.addObject().put("key", f.name()).put("value", f.value()), f.enabled());
            }
        } else if (body instanceof Body.Multipart multipart) {
            ArrayNode parts = request.putObject("body").put("mode", "formdata").putArray("formdata");
            for (Part p : multipart.parts()) {
                ObjectNode part = parts.addObject().put("key", p.name());
                if (p instanceof Part.TextPart t) {
                    part.put("value", t.value()).put("type", "text");
                    contentType(part, t.contentType());
                } else if (p instanceof Part.FilePart f) {
                    part.put("type", "file").put("src", f.file().toString());
                    contentType(part, f.contentType());
                    if (!f.filename().isEmpty()) {
                        report.add(where + ": file part \"" + f.name() + "\" is sent as " + f.filename()
                                + " in Courier; Postman sends the file's own name");
                    }
                }
                disabled(part, p.enabled());
            }
        } else if (body instanceof Body.Binary binary) {
            request.putObject("body").put("mode", "file").putObject("file").put("src", binary.file().toString());
            if (!binary.contentType().isEmpty()) {
                report.add(where + ": the file body's content type " + binary.contentType() + " is not exported; "
                        + "add a Content-Type header to keep it");
            }
        }
    }

    private void settings(ObjectNode item, RequestSettings settings, String where) {
        if (!settings.followRedirects()) {
            item.putObject("protocolProfileBehavior").put("followRedirects", false);
        }
        RequestSettings defaults = RequestSettings.DEFAULTS;
        if (!settings.connectTimeout().equals(defaults.connectTimeout())
                || !settings.totalTimeout().equals(defaults.totalTimeout())
                || settings.httpVersion() != defaults.httpVersion()) {
            report.add(where + ": timeouts and HTTP version not exported (Postman has no per-request ones)");
        }
    }

    /** A {@code variable} array on the collection, a folder or a request (none when there are no variables). */
    private void variables(ObjectNode node, List<Variable> variables, String where) {
        if (variables.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("variable");
        for (Variable v : variables) {
            ObjectNode variable = array.addObject().put("key", v.name()).put("value", v.secret() ? "" : v.value())
                    .put("type", "string");
            disabled(variable, v.enabled());
            if (v.secret()) {
                report.add((where.isEmpty() ? "" : where + ": ") + "Variable \"" + v.name()
                        + "\": secret, exported without its value");
            }
        }
    }

    private static void contentType(ObjectNode part, String contentType) {
        if (!contentType.isEmpty()) {
            part.put("contentType", contentType);
        }
    }

    private static void disabled(ObjectNode node, boolean enabled) {
        if (!enabled) {
            node.put("disabled", true);
        }
    }

    private static void describe(ObjectNode node, String description) {
        if (!description.isEmpty()) {
            node.put("description", description);
        }
    }

    private static String where(List<Folder> path, RequestItem item) {
        String folders = where(path);
        return folders.isEmpty() ? item.name() : folders + " › " + item.name();
    }

    private static String where(List<Folder> path) {
        return String.join(" › ", path.stream().map(Folder::name).toList());
    }
}
