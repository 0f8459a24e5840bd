package dev.courier.codegen;

/** The Fetch API, in a browser or in Node.js 18+ (an ES module: top-level await, {@code import fs}). */
public final class FetchSnippet implements SnippetGenerator {

    private final boolean node;

    public FetchSnippet(boolean node) {
        this.node = node;
    }

    @Override
    public String generate(SnippetRequest r) {
        JavaScriptCode js = new JavaScriptCode(node);
        StringBuilder out = new StringBuilder();
        if (node && JavaScriptCode.readsFiles(r.body())) {
            out.append("import fs from \"node:fs\";\n\n");
        }
        String prelude = js.bodyPrelude(r.body());
        out.append(prelude);
        out.append("const response = await fetch(").append(js.expression(r.url())).append(", {\n")
                .append("  method: ").append(JavaScriptCode.quote(r.method())).append(",\n")
                .append("  headers: ").append(js.headerObject(r.basicAuth(), r.combinedHeaders(), "  ")).append(",\n");
        if (!prelude.isEmpty()) {
            out.append("  body,\n");
        }
        out.append("});\n\n")
                .append("console.log(response.status, response.statusText);\n")
                .append("console.log(await response.text());\n");
        return out.toString();
    }
}
