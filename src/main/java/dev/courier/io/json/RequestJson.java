package dev.courier.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import java.util.Locale;

/**
 * Courier's JSON for one request: human-readable and diff-friendly (two-space indent, one key order, no Java class
 * names). The format is described in {@code docs/FORMAT.md}; collection files embed the same object.
 */
public final class RequestJson {

    static final ObjectMapper MAPPER = PrettyJson.MAPPER;

    private RequestJson() {
    }

    /** The request as a pretty-printed JSON document ending with a newline. */
    public static String write(RequestSpec spec) {
        return PrettyJson.write(toTree(spec));
    }

    /**
     * Reads a request from JSON text.
     *
     * @throws RequestJsonException when the text is not JSON or not a request, with the place it went wrong
     */
    public static RequestSpec read(String json) throws RequestJsonException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RequestJsonException("Not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        return fromTree(tree);
    }

    /** Reads a request from a JSON tree, e.g. one embedded in a collection file. */
    public static RequestSpec fromTree(JsonNode tree) throws RequestJsonException {
        return RequestJsonReader.request(tree);
    }

    /** The request as a JSON object, keys in the documented order. */
    public static ObjectNode toTree(RequestSpec spec) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", spec.method());
        root.put("url", spec.url());
        // The URL says everything about the params unless some are switched off or described.
        if (spec.queryParams().stream().anyMatch(p -> !p.enabled() || !p.description().isEmpty())) {
            ArrayNode params = root.putArray("params");
            for (QueryParam p : spec.queryParams()) {
                params.addObject().put("text", p.text()).put("enabled", p.enabled())
                        .put("description", p.description());
            }
        }
        if (!spec.pathVariables().isEmpty()) {
            ArrayNode pathVariables = root.putArray("pathVariables");
            for (PathVariable v : spec.pathVariables()) {
                pathVariables.addObject().put("name", v.name()).put("value", v.value())
                        .put("description", v.description());
            }
        }
        ArrayNode headers = root.putArray("headers");
        for (Header h : spec.headers()) {
            headers.addObject().put("name", h.name()).put("value", h.value()).put("enabled", h.enabled());
        }
        root.set("body", body(spec.body()));
        root.set("auth", auth(spec.auth()));
        ObjectNode settings = SettingsJson.write(spec.settings());
        if (!settings.isEmpty()) {
            root.set("settings", settings);
        }
        if (!spec.variables().isEmpty()) {
            root.set("variables", VariableJson.write(spec.variables()));
        }
        return root;
    }

    private static ObjectNode body(Body body) {
        ObjectNode node = MAPPER.createObjectNode();
        if (body instanceof Body.Text text) {
            node.put("type", text.type().name().toLowerCase(Locale.ROOT)).put("text", text.content());
        } else if (body instanceof Body.Form form) {
            node.put("type", "form");
            ArrayNode fields = node.putArray("fields");
            for (Field f : form.fields()) {
                fields.addObject().put("name", f.name()).put("value", f.value()).put("enabled", f.enabled());
            }
        } else if (body instanceof Body.Multipart multipart) {
            node.put("type", "multipart");
            ArrayNode parts = node.putArray("parts");
            for (Part p : multipart.parts()) {
                parts.add(part(p));
            }
        } else if (body instanceof Body.Binary binary) {
            node.put("type", "binary").put("file", binary.file().toString()).put("contentType", binary.contentType());
        } else {
            node.put("type", "none");
        }
        return node;
    }

    private static ObjectNode part(Part part) {
        ObjectNode node = MAPPER.createObjectNode();
        if (part instanceof Part.TextPart text) {
            node.put("kind", "text").put("name", text.name()).put("value", text.value())
                    .put("contentType", text.contentType());
        } else if (part instanceof Part.FilePart file) {
            node.put("kind", "file").put("name", file.name()).put("file", file.file().toString())
                    .put("filename", file.filename()).put("contentType", file.contentType());
        }
        node.put("enabled", part.enabled());
        return node;
    }

    private static ObjectNode auth(Auth auth) {
        ObjectNode node = MAPPER.createObjectNode();
        if (auth instanceof Auth.Bearer bearer) {
            node.put("type", "bearer").put("token", bearer.token());
        } else if (auth instanceof Auth.Basic basic) {
            node.put("type", "basic").put("username", basic.username()).put("password", basic.password());
        } else if (auth instanceof Auth.ApiKey key) {
            node.put("type", "apikey").put("name", key.name()).put("value", key.value())
                    .put("in", key.location().name().toLowerCase(Locale.ROOT));
        } else {
            node.put("type", "none");
        }
        return node;
    }
}
