package dev.courier.io.postman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import dev.courier.io.json.PrettyJson;
import java.util.ArrayList;
import java.util.List;

/** Small readers for Postman's loosely typed values (a description may be a string or an object, and so on). */
final class PostmanJson {

    /** The schema URL of Postman Collection v2.1.0, written into every export. */
    static final String SCHEMA_V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private PostmanJson() {
    }

    /** The document's root, or a problem with line and column for text that is not JSON. */
    static JsonNode parse(String json) throws FileFormatException {
        try {
            return PrettyJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(FileProblem.of(e));
        }
    }

    /** A string value, or {@code fallback} when absent, null or not a scalar. */
    static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return fallback;
        }
        return value.asText();
    }

    /** A description: a string, {@code {"content": …}}, or nothing. */
    static String description(JsonNode node) {
        JsonNode value = node == null ? null : node.get("description");
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isObject() ? text(value, "content", "") : value.asText();
    }

    static boolean disabled(JsonNode node) {
        return node.path("disabled").asBoolean(false);
    }

    /** The elements of an array value; none when absent or not an array. */
    static List<JsonNode> elements(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    /** The value of the auth attribute {@code key}: v2.1 lists {@code {key, value}} pairs, v2.0 used an object. */
    static String attribute(JsonNode attributes, String key, String fallback) {
        if (attributes == null) {
            return fallback;
        }
        if (attributes.isObject()) {
            return text(attributes, key, fallback);
        }
        for (JsonNode attribute : attributes) {
            if (key.equals(text(attribute, "key", null))) {
                return text(attribute, "value", fallback);
            }
        }
        return fallback;
    }

    /**
     * Postman variables ({@code {key, value, disabled, type}}; environments name the flag {@code enabled}) as
     * Courier's; {@code type: "secret"} makes a secret, reported with {@code secretNote} (a format with one
     * {@code %s} for the name).
     */
    static List<Variable> variables(List<JsonNode> nodes, String keyField, String secretNote, List<String> report) {
        List<Variable> variables = new ArrayList<>();
        for (JsonNode v : nodes) {
            String key = text(v, keyField, text(v, "id", ""));
            JsonNode value = v.get("value");
            String text = value == null || value.isNull() ? ""
                    : value.isValueNode() ? value.asText() : value.toString();
            boolean secret = text(v, "type", "").equals("secret");
            if (secret) {
                report.add(String.format(secretNote, key));
            }
            boolean enabled = !disabled(v) && v.path("enabled").asBoolean(true);
            variables.add(new Variable(key, text, enabled, secret));
        }
        return variables;
    }
}
