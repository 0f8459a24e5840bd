package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The fields of a Postman collection that Courier promises to keep, one line each, so that two documents can be
 * compared field by field: names, descriptions, methods, URLs, headers with disabled flags, bodies, auth and
 * variables. Auth attributes are sorted (their order means nothing); absent and false {@code disabled} are equal.
 */
final class PostmanFields {

    private PostmanFields() {
    }

    static List<String> of(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> lines = new ArrayList<>();
        lines.add("collection " + root.path("info").path("name").asText() + " | "
                + PostmanJson.description(root.get("info")) + " | auth " + auth(root.get("auth")));
        for (JsonNode v : root.path("variable")) {
            lines.add("variable " + v.path("key").asText() + "=" + v.path("value").asText() + disabled(v));
        }
        items(root, "", lines);
        return lines;
    }

    private static void items(JsonNode parent, String path, List<String> lines) {
        for (JsonNode item : parent.path("item")) {
            String here = path + "/" + item.path("name").asText();
            if (item.has("item")) {
                lines.add("folder " + here + " | " + PostmanJson.description(item) + " | auth "
                        + auth(item.get("auth")));
                items(item, here, lines);
                continue;
            }
            JsonNode request = item.path("request");
            if (request.isTextual()) { // a bare URL means GET with nothing else
                lines.add("request " + here + " | GET " + request.asText() + " |  | auth inherit | redirects true");
                lines.add("  body none");
                continue;
            }
            JsonNode url = request.path("url");
            lines.add("request " + here + " | " + request.path("method").asText() + " "
                    + (url.isObject() ? url.path("raw").asText() : url.asText()) + " | "
                    + PostmanJson.description(request) + " | auth " + auth(request.get("auth"))
                    + " | redirects " + item.path("protocolProfileBehavior").path("followRedirects").asBoolean(true));
            for (JsonNode h : request.path("header")) {
                lines.add("  header " + h.path("key").asText() + ": " + h.path("value").asText() + disabled(h));
            }
            body(request.path("body"), lines);
        }
    }

    private static void body(JsonNode body, List<String> lines) {
        String mode = body.path("mode").asText("none");
        switch (mode) {
            case "raw" -> lines.add("  body raw " + body.path("options").path("raw").path("language").asText("text")
                    + " " + body.path("raw").asText());
            case "urlencoded" -> body.path("urlencoded").forEach(f -> lines.add("  body field "
                    + f.path("key").asText() + "=" + f.path("value").asText() + disabled(f)));
            case "formdata" -> body.path("formdata").forEach(p -> lines.add("  body part "
                    + p.path("type").asText("text") + " " + p.path("key").asText() + "=" + p.path("value").asText()
                    + p.path("src").asText() + " " + p.path("contentType").asText() + disabled(p)));
            case "file" -> lines.add("  body file " + body.path("file").path("src").asText());
            default -> lines.add("  body " + mode);
        }
    }

    private static String auth(JsonNode auth) {
        if (auth == null || auth.isNull()) {
            return "inherit";
        }
        String type = auth.path("type").asText();
        TreeMap<String, String> attributes = new TreeMap<>();
        auth.path(type).forEach(a -> attributes.put(a.path("key").asText(), a.path("value").asText()));
        return type + (attributes.isEmpty() ? "" : " " + attributes);
    }

    private static String disabled(JsonNode node) {
        return node.path("disabled").asBoolean(false) ? " (disabled)" : "";
    }
}
