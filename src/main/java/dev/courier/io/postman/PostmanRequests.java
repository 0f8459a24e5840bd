package dev.courier.io.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Reads the {@code request} of a Postman item into a Courier request, reporting what it cannot keep. */
final class PostmanRequests {

    private PostmanRequests() {
    }

    /** The request of an item (its auth is read separately, as it may inherit). */
    static RequestSpec read(JsonNode item, String where, List<String> report) {
        JsonNode request = item.get("request");
        if (request == null || request.isNull()) {
            return RequestSpec.of("GET", "", List.of(), Body.NONE);
        }
        if (request.isTextual()) {
            return RequestSpec.of("GET", request.asText(), List.of(), Body.NONE);
        }
        String method = PostmanJson.text(request, "method", "GET");
        String url = PostmanUrls.read(request.get("url"), where, report);
        RequestSettings settings = settings(item.get("protocolProfileBehavior"), where, report);
        return new RequestSpec(method.isEmpty() ? "GET" : method, url, headers(request.get("header")),
                body(request.get("body"), where, report), dev.courier.core.model.Auth.NONE, settings);
    }

    private static List<Header> headers(JsonNode node) {
        List<Header> headers = new ArrayList<>();
        if (node != null && node.isTextual()) {
            for (String line : node.asText().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(Header.of(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode h : node) {
                headers.add(new Header(PostmanJson.text(h, "key", ""), PostmanJson.text(h, "value", ""),
                        !PostmanJson.disabled(h)));
            }
        }
        return headers;
    }

    private static Body body(JsonNode body, String where, List<String> report) {
        if (body == null || body.isNull() || !body.isObject()) {
            return Body.NONE;
        }
        if (PostmanJson.disabled(body)) {
            report.add(where + ": disabled body not imported");
            return Body.NONE;
        }
        String mode = PostmanJson.text(body, "mode", "");
        switch (mode) {
            case "raw":
                String raw = PostmanJson.text(body, "raw", "");
                String language = body.path("options").path("raw").path("language").asText("text");
                return raw.isEmpty() ? Body.NONE : new Body.Text(raw, textType(language));
            case "urlencoded":
                List<Field> fields = new ArrayList<>();
                for (JsonNode f : PostmanJson.elements(body, "urlencoded")) {
                    fields.add(new Field(PostmanJson.text(f, "key", ""), PostmanJson.text(f, "value", ""),
                            !PostmanJson.disabled(f)));
                }
                return new Body.Form(fields);
            case "formdata":
                return multipart(body, where, report);
            case "file":
                String src = PostmanJson.text(body.get("file"), "src", "");
                if (src.isEmpty()) {
                    report.add(where + ": file body without a file not imported");
                    return Body.NONE;
                }
                return new Body.Binary(Path.of(src), "");
            case "":
                return Body.NONE;
            default:
                report.add(where + ": " + mode + " body not imported (Courier has raw, urlencoded, formdata and "
                        + "file bodies)");
                return Body.NONE;
        }
    }

    private static Body multipart(JsonNode body, String where, List<String> report) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : PostmanJson.elements(body, "formdata")) {
            String name = PostmanJson.text(p, "key", "");
            String contentType = PostmanJson.text(p, "contentType", "");
            boolean enabled = !PostmanJson.disabled(p);
            if (!PostmanJson.text(p, "type", "text").equals("file")) {
                parts.add(new Part.TextPart(name, PostmanJson.text(p, "value", ""), contentType, enabled));
                continue;
            }
            JsonNode src = p.get("src");
            List<String> files = new ArrayList<>();
            if (src != null && src.isArray()) {
                src.forEach(s -> files.add(s.asText()));
            } else if (src != null && !src.isNull() && !src.asText().isEmpty()) {
                files.add(src.asText());
            }
            if (files.isEmpty()) {
                report.add(where + ": file part \"" + name + "\" has no file selected; not imported");
            }
            for (String file : files) {
                try {
                    parts.add(new Part.FilePart(name, Path.of(file), "", contentType, enabled));
                } catch (InvalidPathException e) {
                    report.add(where + ": file part \"" + name + "\" names an invalid path; not imported");
                }
            }
        }
        return new Body.Multipart(parts);
    }

    private static Body.TextType textType(String language) {
        switch (language.toLowerCase(Locale.ROOT)) {
            case "json":
                return Body.TextType.JSON;
            case "xml":
                return Body.TextType.XML;
            case "html":
                return Body.TextType.HTML;
            default:
                return Body.TextType.TEXT;
        }
    }

    private static RequestSettings settings(JsonNode behavior, String where, List<String> report) {
        RequestSettings settings = RequestSettings.DEFAULTS;
        if (behavior == null || !behavior.isObject()) {
            return settings;
        }
        for (Iterator<String> keys = behavior.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.equals("followRedirects")) {
                settings = settings.withFollowRedirects(behavior.get(key).asBoolean(true));
            } else {
                report.add(where + ": setting " + key + " not imported");
            }
        }
        return settings;
    }
}
