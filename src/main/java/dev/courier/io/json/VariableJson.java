package dev.courier.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Variables and environments in Courier's files (requests, folders, collections, the global file): a variable is
 * {@code {"name", "value", "enabled", "secret"}}, an environment {@code {"name", "variables"}}. A secret variable is
 * always written with an empty value, whatever it holds: its value belongs in the secret store.
 */
public final class VariableJson {

    private static final Set<String> VARIABLE_KEYS = Set.of("name", "value", "enabled", "secret");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("name", "variables");

    private VariableJson() {
    }

    /** The variables as an array, secret values left out. */
    public static ArrayNode write(List<Variable> variables) {
        ArrayNode array = PrettyJson.MAPPER.createArrayNode();
        for (Variable v : variables) {
            array.addObject().put("name", v.name()).put("value", v.secret() ? "" : v.value())
                    .put("enabled", v.enabled()).put("secret", v.secret());
        }
        return array;
    }

    /** The environments as an array, secret values left out. */
    public static ArrayNode writeEnvironments(List<Environment> environments) {
        ArrayNode array = PrettyJson.MAPPER.createArrayNode();
        for (Environment e : environments) {
            ObjectNode node = array.addObject().put("name", e.name());
            node.set("variables", write(e.variables()));
        }
        return array;
    }

    /**
     * The variables under {@code key} of {@code parent} (none when absent). A secret's value reads as empty even if
     * a hand-edited file holds one: the secret store is its only source.
     *
     * @param at where {@code parent} is, for messages ({@code items[0]}); empty for the top level
     */
    public static List<Variable> read(JsonNode parent, String key, String at) throws RequestJsonException {
        List<Variable> variables = new ArrayList<>();
        JsonNode nodes = RequestJsonReader.optionalArray(parent, key, at);
        for (int i = 0; i < nodes.size(); i++) {
            String here = RequestJsonReader.prefix(at) + key + "[" + i + "]";
            JsonNode v = RequestJsonReader.requireObject(nodes.get(i), here, VARIABLE_KEYS);
            boolean secret = bool(v, "secret", here);
            String value = v.has("value") ? RequestJsonReader.text(v, "value", here) : "";
            variables.add(new Variable(RequestJsonReader.text(v, "name", here), secret ? "" : value,
                    RequestJsonReader.enabled(v, here), secret));
        }
        return variables;
    }

    /** The environments under {@code key} of {@code parent} (none when absent); names must be unique. */
    public static List<Environment> readEnvironments(JsonNode parent, String key, String at)
            throws RequestJsonException {
        List<Environment> environments = new ArrayList<>();
        JsonNode nodes = RequestJsonReader.optionalArray(parent, key, at);
        for (int i = 0; i < nodes.size(); i++) {
            String here = RequestJsonReader.prefix(at) + key + "[" + i + "]";
            JsonNode e = RequestJsonReader.requireObject(nodes.get(i), here, ENVIRONMENT_KEYS);
            String name = RequestJsonReader.text(e, "name", here);
            if (environments.stream().anyMatch(other -> other.name().equals(name))) {
                throw new RequestJsonException(here + ".name: \"" + name + "\" is used twice; environment names "
                        + "must be unique");
            }
            environments.add(new Environment(name, read(e, "variables", here)));
        }
        return environments;
    }

    private static boolean bool(JsonNode node, String key, String at) throws RequestJsonException {
        JsonNode value = node.get(key);
        if (value != null && !value.isBoolean()) {
            throw new RequestJsonException(RequestJsonReader.prefix(at) + key + ": expected true or false");
        }
        return value != null && value.booleanValue();
    }
}
