package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;

/** XMLHttpRequest in a browser. */
public final class XhrSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        JavaScriptCode js = new JavaScriptCode(false);
        StringBuilder out = new StringBuilder();
        String prelude = js.bodyPrelude(r.body());
        out.append(prelude);
        out.append("const xhr = new XMLHttpRequest();\n")
                .append("xhr.open(").append(JavaScriptCode.quote(r.method())).append(", ")
                .append(js.expression(r.url())).append(");\n");
        for (SnippetHeader h : r.headers()) {
            out.append("xhr.setRequestHeader(").append(JavaScriptCode.quote(h.name())).append(", ")
                    .append(js.expression(h.value())).append(");\n");
        }
        r.basicAuth().ifPresent(b -> out.append("xhr.setRequestHeader(\"Authorization\", ")
                .append(js.basicHeader(b)).append(");\n"));
        out.append("xhr.addEventListener(\"load\", () => {\n")
                .append("  console.log(xhr.status, xhr.statusText);\n")
                .append("  console.log(xhr.responseText);\n")
                .append("});\n")
                .append(prelude.isEmpty() ? "xhr.send();\n" : "xhr.send(body);\n");
        return out.toString();
    }
}
