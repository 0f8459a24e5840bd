package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.io.file.FileFormatException;
import dev.courier.io.file.FileProblem;
import dev.courier.io.json.PrettyJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Postman environment files ({@code *.postman_environment.json}): {@code {"id", "name", "values": [{"key", "value",
 * "type": "default"|"secret", "enabled"}], "_postman_variable_scope": "environment"}}. A secret's value is imported
 * (for the secret store) but never exported.
 */
public final class PostmanEnvironments {

    /** An imported environment and what to tell the user about it. */
    public record Imported(Environment environment, List<String> report) {
        public Imported {
            report = List.copyOf(report);
        }
    }

    private PostmanEnvironments() {
    }

    /**
     * Reads a Postman environment (or globals) export.
     *
     * @throws FileFormatException when the text is not JSON (with line and column) or has no {@code values}
     */
    public static Imported read(String json) throws FileFormatException {
        JsonNode root = PostmanJson.parse(json);
        if (root == null || !root.isObject() || !root.path("values").isArray()) {
            throw new FileFormatException(new FileProblem(0, 0, "", "not a Postman environment (no values)"));
        }
        List<String> report = new ArrayList<>();
        List<Variable> variables = PostmanJson.variables(PostmanJson.elements(root, "values"), "key",
                "Variable \"%s\": secret, so its value goes to the secret store, not to a shared file", report);
        String name = PostmanJson.text(root, "name", "");
        return new Imported(new Environment(name.isBlank() ? "Imported environment" : name, variables), report);
    }

    /** The environment as a Postman environment file; secret values are left out and reported. */
    public static PostmanExport write(Environment environment) {
        List<String> report = new ArrayList<>();
        ObjectNode root = PrettyJson.MAPPER.createObjectNode();
        // the same environment always gets the same id, so exports diff cleanly
        root.put("id", UUID.nameUUIDFromBytes(("courier-environment:" + environment.name())
                .getBytes(StandardCharsets.UTF_8)).toString());
        root.put("name", environment.name());
        ArrayNode values = root.putArray("values");
        for (Variable v : environment.variables()) {
            values.addObject().put("key", v.name()).put("value", v.secret() ? "" : v.value())
                    .put("type", v.secret() ? "secret" : "default").put("enabled", v.enabled());
            if (v.secret()) {
                report.add("Variable \"" + v.name() + "\": secret, exported without its value");
            }
        }
        root.put("_postman_variable_scope", "environment");
        return new PostmanExport(PrettyJson.write(root), report);
    }
}
