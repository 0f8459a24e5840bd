package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.model.Body;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node.js's built-in http/https module: repeated headers as arrays (sent as separate lines), basic auth through
 * the {@code auth} option, a multipart body assembled as one Buffer, a file body piped from disk.
 */
public final class NodeHttpSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        JavaScriptCode js = new JavaScriptCode(true);
        boolean https = r.url().text(s -> "").regionMatches(true, 0, "https:", 0, 6);
        String module = https ? "https" : "http";
        StringBuilder out = new StringBuilder();
        Body body = r.body();
        if (JavaScriptCode.readsFiles(body)) {
            out.append("import fs from \"node:fs\";\n");
        }
        out.append("import ").append(module).append(" from \"node:").append(module).append("\";\n\n");
        String bodyExpression = "";
        Map<String, List<SnippetHeader>> byName = new LinkedHashMap<>();
        List<SnippetHeader> headers = new ArrayList<>(r.headers());
        if (body instanceof Body.Text text) {
            out.append("const body = ").append(JavaScriptCode.quote(text.content())).append(";\n\n");
            bodyExpression = "body";
        } else if (body instanceof Body.Form form) {
            out.append("const body = new URLSearchParams([\n");
            form.fields().forEach(f -> out.append("  [").append(JavaScriptCode.quote(f.name())).append(", ")
                    .append(JavaScriptCode.quote(f.value())).append("],\n"));
            out.append("]).toString();\n\n");
            bodyExpression = "body";
        } else if (body instanceof Body.Multipart multipart) {
            headers.add(new SnippetHeader("Content-Type", SnippetValue.of(MultipartChunks.contentType())));
            out.append("const body = Buffer.concat([\n");
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text text) {
                    out.append("  Buffer.from(").append(JavaScriptCode.quote(text.text())).append("),\n");
                } else if (chunk instanceof MultipartChunks.FileContents file) {
                    out.append("  ").append(js.fileContents(file.file(), "")).append(",\n");
                }
            }
            out.append("]);\n\n");
            bodyExpression = "body";
        }
        for (SnippetHeader h : headers) {
            byName.computeIfAbsent(h.name().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(h);
        }
        out.append("const options = {\n")
                .append("  method: ").append(JavaScriptCode.quote(r.method())).append(",\n")
                .append("  headers: {\n");
        for (List<SnippetHeader> same : byName.values()) {
            out.append("    ").append(JavaScriptCode.quote(same.get(0).name())).append(": ");
            if (same.size() == 1) {
                out.append(js.expression(same.get(0).value()));
            } else {
                out.append('[').append(String.join(", ", same.stream().map(h -> js.expression(h.value())).toList()))
                        .append(']');
            }
            out.append(",\n");
        }
        // Without a length Node sends DELETE and OPTIONS bodies unframed, and other bodies chunked.
        if (!byName.containsKey("content-length")) {
            if (!bodyExpression.isEmpty()) {
                out.append("    \"Content-Length\": Buffer.byteLength(body),\n");
            } else if (body instanceof Body.Binary binary) {
                out.append("    \"Content-Length\": fs.statSync(")
                        .append(JavaScriptCode.quote(binary.file().toString()))
                        .append(").size,\n");
            }
        }
        out.append("  },\n");
        r.basicAuth().ifPresent(b -> out.append("  auth: ")
                .append(js.expression(SnippetValue.of(b.username() + ":").plusValue(b.password()))).append(",\n"));
        out.append("};\n\n")
                .append("const request = ").append(module).append(".request(").append(js.expression(r.url()))
                .append(", options, (response) => {\n")
                .append("  console.log(response.statusCode, response.statusMessage);\n")
                .append("  response.setEncoding(\"utf8\");\n")
                .append("  response.on(\"data\", (chunk) => process.stdout.write(chunk));\n")
                .append("  response.on(\"end\", () => process.stdout.write(\"\\n\"));\n")
                .append("});\n")
                .append("request.on(\"error\", (error) => console.error(error));\n");
        if (body instanceof Body.Binary binary) {
            out.append("fs.createReadStream(").append(JavaScriptCode.quote(binary.file().toString()))
                    .append(").pipe(request);\n");
        } else {
            out.append("request.end(").append(bodyExpression).append(");\n");
        }
        return out.toString();
    }
}
