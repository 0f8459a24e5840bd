package dev.courier.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Courier's request JSON strictly: unknown keys and wrong types are rejected with the path of the offending
 * value (e.g. {@code body.parts[1].file}), because a key nobody reads would silently vanish on the next save.
 */
final class RequestJsonReader {

    private static final Set<String> REQUEST_KEYS = Set.of("method", "url", "params", "pathVariables", "headers",
            "body", "auth", "settings", "variables");

    private RequestJsonReader() {
    }

    static RequestSpec request(JsonNode root) throws RequestJsonException {
        requireObject(root, "", REQUEST_KEYS);
        List<Header> headers = new ArrayList<>();
        JsonNode headerNodes = optionalArray(root, "headers", "");
        for (int i = 0; i < headerNodes.size(); i++) {
            String at = "headers[" + i + "]";
            JsonNode h = requireObject(headerNodes.get(i), at, Set.of("name", "value", "enabled"));
            headers.add(new Header(text(h, "name", at), text(h, "value", at), enabled(h, at)));
        }
        String url = text(root, "url", "");
        return new RequestSpec(text(root, "method", ""), url, headers,
                root.has("body") ? body(root.get("body")) : Body.NONE,
                root.has("auth") ? auth(root.get("auth")) : Auth.NONE,
                root.has("settings") ? SettingsJson.read(root.get("settings")) : RequestSettings.DEFAULTS,
                params(root), pathVariables(root), VariableJson.read(root, "variables", ""));
    }

    /** The stored query table; RequestSpec keeps it in step with the URL, which wins (e.g. in a hand-edited file). */
    private static List<QueryParam> params(JsonNode root) throws RequestJsonException {
        List<QueryParam> params = new ArrayList<>();
        JsonNode nodes = optionalArray(root, "params", "");
        for (int i = 0; i < nodes.size(); i++) {
            String at = "params[" + i + "]";
            JsonNode p = requireObject(nodes.get(i), at, Set.of("text", "enabled", "description"));
            try {
                params.add(new QueryParam(text(p, "text", at), enabled(p, at), optionalText(p, "description", at)));
            } catch (IllegalArgumentException e) {
                throw new RequestJsonException(at + ".text: cannot contain '&' or '#'");
            }
        }
        return params;
    }

    private static List<PathVariable> pathVariables(JsonNode root) throws RequestJsonException {
        List<PathVariable> variables = new ArrayList<>();
        JsonNode nodes = optionalArray(root, "pathVariables", "");
        for (int i = 0; i < nodes.size(); i++) {
            String at = "pathVariables[" + i + "]";
            JsonNode v = requireObject(nodes.get(i), at, Set.of("name", "value", "description"));
            variables.add(new PathVariable(text(v, "name", at), text(v, "value", at),
                    optionalText(v, "description", at)));
        }
        return variables;
    }

    private static Body body(JsonNode node) throws RequestJsonException {
        String type = text(requireObject(node, "body", null), "type", "body");
        switch (type) {
            case "none":
                requireObject(node, "body", Set.of("type"));
                return Body.NONE;
            case "json", "text", "xml", "html":
                requireObject(node, "body", Set.of("type", "text"));
                return new Body.Text(text(node, "text", "body"), Body.TextType.valueOf(type.toUpperCase(Locale.ROOT)));
            case "form":
                requireObject(node, "body", Set.of("type", "fields"));
                List<Field> fields = new ArrayList<>();
                JsonNode fieldNodes = optionalArray(node, "fields", "body");
                for (int i = 0; i < fieldNodes.size(); i++) {
                    String at = "body.fields[" + i + "]";
                    JsonNode f = requireObject(fieldNodes.get(i), at, Set.of("name", "value", "enabled"));
                    fields.add(new Field(text(f, "name", at), text(f, "value", at), enabled(f, at)));
                }
                return new Body.Form(fields);
            case "multipart":
                requireObject(node, "body", Set.of("type", "parts"));
                List<Part> parts = new ArrayList<>();
                JsonNode partNodes = optionalArray(node, "parts", "body");
                for (int i = 0; i < partNodes.size(); i++) {
                    parts.add(part(partNodes.get(i), "body.parts[" + i + "]"));
                }
                return new Body.Multipart(parts);
            case "binary":
                requireObject(node, "body", Set.of("type", "file", "contentType"));
                return new Body.Binary(path(node, "file", "body"), optionalText(node, "contentType", "body"));
            default:
                throw new RequestJsonException("body.type: unknown body type \"" + type
                        + "\" (expected none, json, text, xml, html, form, multipart or binary)");
        }
    }

    private static Part part(JsonNode node, String at) throws RequestJsonException {
        String kind = text(requireObject(node, at, null), "kind", at);
        if (kind.equals("text")) {
            requireObject(node, at, Set.of("kind", "name", "value", "contentType", "enabled"));
            return new Part.TextPart(text(node, "name", at), text(node, "value", at),
                    optionalText(node, "contentType", at), enabled(node, at));
        }
        if (kind.equals("file")) {
            requireObject(node, at, Set.of("kind", "name", "file", "filename", "contentType", "enabled"));
            return new Part.FilePart(text(node, "name", at), path(node, "file", at), optionalText(node, "filename", at),
                    optionalText(node, "contentType", at), enabled(node, at));
        }
        throw new RequestJsonException(at + ".kind: unknown part kind \"" + kind + "\" (expected text or file)");
    }

    private static Auth auth(JsonNode node) throws RequestJsonException {
        String type = text(requireObject(node, "auth", null), "type", "auth");
        switch (type) {
            case "none":
                requireObject(node, "auth", Set.of("type"));
                return Auth.NONE;
            case "bearer":
                requireObject(node, "auth", Set.of("type", "token"));
                return new Auth.Bearer(text(node, "token", "auth"));
            case "basic":
                requireObject(node, "auth", Set.of("type", "username", "password"));
                return new Auth.Basic(text(node, "username", "auth"), text(node, "password", "auth"));
            case "apikey":
                requireObject(node, "auth", Set.of("type", "name", "value", "in"));
                String in = text(node, "in", "auth");
                if (!in.equals("header") && !in.equals("query")) {
                    throw new RequestJsonException("auth.in: expected \"header\" or \"query\", found \"" + in + "\"");
                }
                return new Auth.ApiKey(text(node, "name", "auth"), text(node, "value", "auth"),
                        Auth.ApiKey.Location.valueOf(in.toUpperCase(Locale.ROOT)));
            default:
                throw new RequestJsonException("auth.type: unknown auth type \"" + type
                        + "\" (expected none, bearer, basic or apikey)");
        }
    }

    /** Checks that {@code node} is an object whose keys are all in {@code allowed} (any keys when null). */
    static JsonNode requireObject(JsonNode node, String at, Set<String> allowed) throws RequestJsonException {
        if (node == null || !node.isObject()) {
            throw new RequestJsonException((at.isEmpty() ? "request" : at) + ": expected an object");
        }
        if (allowed != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new RequestJsonException(prefix(at) + name + ": unknown key");
                }
            }
        }
        return node;
    }

    static JsonNode optionalArray(JsonNode node, String key, String at) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (value == null) {
            return RequestJson.MAPPER.createArrayNode();
        }
        if (!value.isArray()) {
            throw new RequestJsonException(prefix(at) + key + ": expected an array");
        }
        return value;
    }

    static String text(JsonNode node, String key, String at) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new RequestJsonException(prefix(at) + key + (value == null ? ": missing" : ": expected a string"));
        }
        return value.textValue();
    }

    static String optionalText(JsonNode node, String key, String at) throws RequestJsonException {
        return node.has(key) ? text(node, key, at) : "";
    }

    static boolean enabled(JsonNode node, String at) throws RequestJsonException {
        JsonNode value = node.get("enabled");
        if (value == null) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new RequestJsonException(prefix(at) + "enabled: expected true or false");
        }
        return value.booleanValue();
    }

    private static Path path(JsonNode node, String key, String at) throws RequestJsonException {
        String text = text(node, key, at);
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new RequestJsonException(prefix(at) + key + ": not a valid file path: " + e.getReason());
        }
    }

    static String prefix(String at) {
        return at.isEmpty() ? "" : at + ".";
    }
}
