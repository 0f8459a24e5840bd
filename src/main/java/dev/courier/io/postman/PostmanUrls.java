package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.io.json.PrettyJson;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postman URLs, which are a string or an object of parts. Courier keeps the URL as typed, so import takes
 * {@code raw} (or rebuilds it from the parts), and export writes {@code raw} plus the parts Postman shows in its
 * Params table; nothing is decoded or re-encoded.
 */
final class PostmanUrls {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern PORT = Pattern.compile("^(.*):(\\d+|\\{\\{[^{}]+}})$");

    private PostmanUrls() {
    }

    /** The URL text of a Postman url value; disabled query parameters are reported, not kept. */
    static String read(JsonNode url, String where, List<String> report) {
        if (url == null || url.isNull()) {
            return "";
        }
        if (!url.isObject()) {
            return url.asText();
        }
        for (JsonNode param : PostmanJson.elements(url, "query")) {
            if (PostmanJson.disabled(param)) {
                report.add(where + ": disabled query parameter \"" + PostmanJson.text(param, "key", "")
                        + "\" not imported (Courier keeps the URL as typed)");
            }
        }
        String raw = PostmanJson.text(url, "raw", null);
        return raw != null ? raw : rebuild(url);
    }

    private static String rebuild(JsonNode url) {
        StringBuilder text = new StringBuilder();
        String protocol = PostmanJson.text(url, "protocol", "");
        if (!protocol.isEmpty()) {
            text.append(protocol).append("://");
        }
        text.append(joined(url.get("host"), "."));
        String port = PostmanJson.text(url, "port", "");
        if (!port.isEmpty()) {
            text.append(':').append(port);
        }
        String path = joined(url.get("path"), "/");
        if (!path.isEmpty()) {
            text.append(path.startsWith("/") ? "" : "/").append(path);
        }
        String separator = "?";
        for (JsonNode param : PostmanJson.elements(url, "query")) {
            if (!PostmanJson.disabled(param)) {
                String value = PostmanJson.text(param, "value", null);
                text.append(separator).append(PostmanJson.text(param, "key", ""))
                        .append(value == null ? "" : "=" + value);
                separator = "&";
            }
        }
        String hash = PostmanJson.text(url, "hash", "");
        return text + (hash.isEmpty() ? "" : "#" + hash);
    }

    private static String joined(JsonNode parts, String separator) {
        if (parts == null || parts.isNull()) {
            return "";
        }
        if (!parts.isArray()) {
            return parts.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : parts) {
            out.append(out.isEmpty() ? "" : separator).append(part.isObject() ? PostmanJson.text(part, "value", "")
                    : part.asText());
        }
        return out.toString();
    }

    /** The Postman url object for a URL as typed. */
    static ObjectNode write(String raw) {
        ObjectNode url = PrettyJson.MAPPER.createObjectNode().put("raw", raw);
        String rest = raw;
        int hashAt = rest.indexOf('#');
        String hash = hashAt < 0 ? null : rest.substring(hashAt + 1);
        rest = hashAt < 0 ? rest : rest.substring(0, hashAt);
        int queryAt = rest.indexOf('?');
        String query = queryAt < 0 ? null : rest.substring(queryAt + 1);
        rest = queryAt < 0 ? rest : rest.substring(0, queryAt);
        Matcher scheme = SCHEME.matcher(rest);
        if (scheme.find()) {
            url.put("protocol", scheme.group(1));
            rest = rest.substring(scheme.end());
        }
        int slash = rest.indexOf('/');
        String hostAndPort = slash < 0 ? rest : rest.substring(0, slash);
        Matcher port = PORT.matcher(hostAndPort);
        if (port.matches()) {
            hostAndPort = port.group(1);
        }
        ArrayNode host = url.putArray("host");
        for (String label : hostAndPort.startsWith("{{") ? new String[] {hostAndPort} : hostAndPort.split("\\.", -1)) {
            host.add(label);
        }
        if (port.matches()) {
            url.put("port", port.group(2));
        }
        if (slash >= 0) {
            ArrayNode path = url.putArray("path");
            for (String segment : rest.substring(slash + 1).split("/", -1)) {
                path.add(segment);
            }
        }
        if (query != null) {
            ArrayNode params = url.putArray("query");
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                ObjectNode param = params.addObject().put("key", equals < 0 ? pair : pair.substring(0, equals));
                if (equals < 0) {
                    param.putNull("value");
                } else {
                    param.put("value", pair.substring(equals + 1));
                }
            }
        }
        if (hash != null) {
            url.put("hash", hash);
        }
        return url;
    }
}
