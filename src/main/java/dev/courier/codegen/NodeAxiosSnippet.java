package dev.courier.codegen;

import dev.courier.core.model.Body;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * axios in Node.js (an ES module). The body is sent as written: axios would otherwise trim a JSON string, or
 * re-encode one it cannot parse, so the request's {@code transformRequest} passes it through.
 */
public final class NodeAxiosSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        JavaScriptCode js = new JavaScriptCode(true);
        StringBuilder out = new StringBuilder("import axios from \"axios\";\n");
        if (JavaScriptCode.readsFiles(r.body())) {
            out.append("import fs from \"node:fs\";\n");
        }
        out.append('\n');
        String prelude = js.bodyPrelude(r.body());
        out.append(prelude);
        out.append("const response = await axios.request({\n")
                .append("  method: ").append(JavaScriptCode.quote(r.method())).append(",\n")
                .append("  url: ").append(js.expression(r.url())).append(",\n")
                .append("  headers: ").append(headers(r, js)).append(",\n");
        r.basicAuth().ifPresent(b -> out.append("  auth: { username: ").append(JavaScriptCode.quote(b.username()))
                .append(", password: ").append(js.expression(b.password())).append(" },\n"));
        if (!prelude.isEmpty()) {
            out.append("  data: body,\n");
        }
        if (r.body() instanceof Body.Text) {
            out.append("  transformRequest: [(data) => data], // send the body exactly as written\n");
        }
        out.append("  responseType: \"text\",\n")
                .append("});\n\n")
                .append("console.log(response.status, response.statusText);\n")
                .append("console.log(response.data);\n");
        return out.toString();
    }

    /** The headers; without a body, axios would add a form Content-Type to POST, PUT and PATCH unless told not to. */
    private static String headers(SnippetRequest r, JavaScriptCode js) {
        String object = js.headerObject(Optional.empty(), r.combinedHeaders(), "  ");
        boolean formDefault = Set.of("POST", "PUT", "PATCH").contains(r.method().toUpperCase(Locale.ROOT));
        if (r.hasBody() || !formDefault || r.contentType().isPresent()) {
            return object;
        }
        String noType = "\"Content-Type\": false, // no body, so no Content-Type\n  }";
        return object.equals("{}") ? "{\n    " + noType : object.substring(0, object.length() - 1) + "  " + noType;
    }
}
