package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.model.Auth;
import dev.courier.io.json.PrettyJson;
import java.util.List;
import java.util.Locale;

/**
 * Postman's auth objects and Courier's, both ways. Postman leaves {@code auth} out to inherit and writes
 * {@code noauth} to send none; Courier says the same with auth none and {@code inheritAuth} true or false.
 */
final class PostmanAuth {

    /** Auth read from Postman: the auth itself and whether a none means "inherit". */
    record Setting(Auth auth, boolean inherit) {
        static final Setting INHERIT = new Setting(Auth.NONE, true);
    }

    private PostmanAuth() {
    }

    static Setting read(JsonNode node, String where, List<String> report) {
        if (node == null || node.isNull() || !node.isObject()) {
            return Setting.INHERIT;
        }
        String type = PostmanJson.text(node, "type", "");
        JsonNode attributes = node.get(type);
        switch (type) {
            case "noauth":
                return new Setting(Auth.NONE, false);
            case "bearer":
                return new Setting(new Auth.Bearer(PostmanJson.attribute(attributes, "token", "")), false);
            case "basic":
                return new Setting(new Auth.Basic(PostmanJson.attribute(attributes, "username", ""),
                        PostmanJson.attribute(attributes, "password", "")), false);
            case "apikey":
                boolean query = PostmanJson.attribute(attributes, "in", "header").toLowerCase(Locale.ROOT)
                        .equals("query");
                return new Setting(new Auth.ApiKey(PostmanJson.attribute(attributes, "key", ""),
                        PostmanJson.attribute(attributes, "value", ""),
                        query ? Auth.ApiKey.Location.QUERY : Auth.ApiKey.Location.HEADER), false);
            default:
                report.add(where + ": " + (type.isEmpty() ? "auth without a type" : type + " auth")
                        + " not imported (Courier has none, bearer, basic and API key); sent without auth");
                return new Setting(Auth.NONE, false);
        }
    }

    /** The Postman auth for a Courier level, or null to leave {@code auth} out (inherit). */
    static ObjectNode write(Auth auth, boolean inherit) {
        ObjectNode node = PrettyJson.MAPPER.createObjectNode();
        if (auth instanceof Auth.Bearer bearer) {
            node.put("type", "bearer");
            attribute(node.putArray("bearer"), "token", bearer.token());
        } else if (auth instanceof Auth.Basic basic) {
            node.put("type", "basic");
            ArrayNode attributes = node.putArray("basic");
            attribute(attributes, "username", basic.username());
            attribute(attributes, "password", basic.password());
        } else if (auth instanceof Auth.ApiKey key) {
            node.put("type", "apikey");
            ArrayNode attributes = node.putArray("apikey");
            attribute(attributes, "key", key.name());
            attribute(attributes, "value", key.value());
            attribute(attributes, "in", key.location() == Auth.ApiKey.Location.QUERY ? "query" : "header");
        } else if (!inherit) {
            node.put("type", "noauth");
        } else {
            return null;
        }
        return node;
    }

    private static void attribute(ArrayNode attributes, String key, String value) {
        attributes.addObject().put("key", key).put("value", value).put("type", "string");
    }
}
